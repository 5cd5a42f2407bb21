import type { Finding } from '../diagnose/types';
import type { ExpectedInvoice, Taxpayer } from '../invoice/model';
import type { Visibility } from '../reconcile/types';

export interface StatusRow {
  invoice: ExpectedInvoice;
  status: Visibility;
  /** Headline of the diagnosis for rows that are not plainly visible. */
  headline: Finding | null;
}

export interface StatusCounts {
  expected: number;
  visible: number;
  problem: number;
  missing: number;
  notSearched: number;
}

export interface StatusReport {
  /** Every row, or with `only: 'attention'` the rows that are not plainly visible; not-visible first. */
  rows: StatusRow[];
  counts: StatusCounts;
  /** Expected invoices not (yet) visible on the portal: the badge number. */
  notVisible: number;
  lastQueryAt: number | null;
  taxpayer: Taxpayer | null;
}

/** Not-visible first: the order the popup and the list start from. */
export const STATUS_RANK: Readonly<Record<Visibility, number>> = { missing: 0, 'not-yet-searched': 1, 'visible-with-problem': 2, visible: 3 };
