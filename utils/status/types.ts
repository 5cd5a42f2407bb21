import type { Finding } from '../diagnose/types';
import type { ExpectedInvoice, Taxpayer } from '../invoice/model';
import type { Visibility } from '../reconcile/types';

/** What a list shows of a headline: the check and its title, not its evidence and next steps. */
export type Headline = Pick<Finding, 'id' | 'verdict' | 'title'>;

/** A row as the dashboard's list reads it. */
export interface ListRow {
  invoice: ExpectedInvoice;
  status: Visibility;
  headline: Headline | null;
}

export interface StatusRow extends ListRow {
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

/** The report as the dashboard's list reads it: every row, headlines cut to their titles (half the message). */
export interface ListReport extends Omit<StatusReport, 'rows'> {
  rows: ListRow[];
}

export function listReport(report: StatusReport): ListReport {
  return { ...report, rows: report.rows.map(({ invoice, status, headline: h }) => ({ invoice, status, headline: h && { id: h.id, verdict: h.verdict, title: h.title } })) };
}

/** Not-visible first: the order the popup and the list start from. */
export const STATUS_RANK: Readonly<Record<Visibility, number>> = { missing: 0, 'not-yet-searched': 1, 'visible-with-problem': 2, visible: 3 };

/** The one order of a report's rows: not visible first, then the newest invoice, then the key (so any two agree). */
export function byStatusThenDate(a: ListRow, b: ListRow): number {
  return STATUS_RANK[a.status] - STATUS_RANK[b.status] || b.invoice.date.localeCompare(a.invoice.date) || (a.invoice.key < b.invoice.key ? -1 : a.invoice.key > b.invoice.key ? 1 : 0);
}
