import { chinaIsoDate } from '../invoice/china-time';
import type { StatusRow } from '../status/types';
import { compareAmounts } from '../invoice/money';

/**
 * The VAT return for a month is filed by the 15th of the next (申报期; holidays move it, which this ignores), and an
 * input invoice is 勾选 (confirmed for deduction) before its period's return: an invoice of November wants to be
 * visible and confirmed by 15 December. One whose period has passed can still be deducted in the next return.
 */
export function filingDeadline(invoiceDate: string, today: string): string {
  const [y = 0, m = 1] = invoiceDate.split('-').map(Number);
  const next = (year: number, month: number) => (month === 12 ? `${year + 1}-01-15` : `${year}-${String(month + 1).padStart(2, '0')}-15`);
  const own = next(y, m);
  if (own >= today) return own;
  const [ty = 0, tm = 1, td = 1] = today.split('-').map(Number);
  return td <= 15 ? `${ty}-${String(tm).padStart(2, '0')}-15` : next(ty, tm);
}

/** Days from `today` to `date`, both China dates. */
export function daysUntil(date: string, today: string): number {
  return Math.round((Date.parse(date) - Date.parse(today)) / 86_400_000);
}

function waitsUntil(row: StatusRow, now: number): boolean {
  const a = row.headline?.next?.action;
  return a?.kind === 'recheck-at' && a.at > now;
}

/**
 * The order to work through the invoices: those that can be acted on now before those waiting for a time, then the
 * nearest filing deadline, then the invoice the portal cannot show before the one seen with a problem, then the
 * larger amount.
 */
export function byUrgency(rows: readonly StatusRow[], now: number): StatusRow[] {
  const today = chinaIsoDate(now);
  const keyed = rows.map((row) => ({
    row,
    waits: waitsUntil(row, now) ? 1 : 0,
    deadline: filingDeadline(row.invoice.date, today),
    seen: row.status === 'visible-with-problem' ? 1 : 0,
  }));
  keyed.sort(
    (a, b) =>
      a.waits - b.waits ||
      a.deadline.localeCompare(b.deadline) ||
      a.seen - b.seen ||
      compareAmounts(b.row.invoice.total, a.row.invoice.total),
  );
  return keyed.map((k) => k.row);
}
