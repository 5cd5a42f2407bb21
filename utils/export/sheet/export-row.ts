import type { ExpectedInvoice } from '../../invoice/model';
import type { Finding } from '../../diagnose/types';
import type { Visibility } from '../../reconcile/reconcile';

/** One invoice of the register as the CSV and XLSX exports see it. */
export interface ExportRow {
  invoice: ExpectedInvoice;
  status: Visibility;
  /** The headline finding (main cause) for rows not plainly visible, else null. */
  headline: Finding | null;
  /** Full ordered findings; only rows that are not plainly visible have them (may be empty). */
  findings: Finding[];
  /** Latest 查验 result as text (e.g. '一致 2026-11-20 10:00'), or null. */
  verification: string | null;
}
