import { fromFen, toFen } from '../invoice/money';
import type { ListRow } from '../status/types';

/** One month of the dashboard's strip: invoices dated in it, and those of them the portal shows. */
export interface MonthBar {
  /** `YYYY-MM` */
  month: string;
  /** First and last day, `YYYY-MM-DD`: the range the list is narrowed to when the month is picked. */
  from: string;
  to: string;
  expected: number;
  visible: number;
  /** Sums of 价税合计, exact (`1234.50`). */
  expectedAmount: string;
  visibleAmount: string;
}

export const STRIP_MONTHS = 12;

/** Seen on the portal, with or without a problem: what the strip counts as visible. */
function isVisible(row: Pick<ListRow, 'status'>): boolean {
  return row.status === 'visible' || row.status === 'visible-with-problem';
}

/** The last day of `YYYY-MM`. */
export function monthRange(month: string): { from: string; to: string } {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(days).padStart(2, '0')}` };
}

interface Tally {
  expected: number;
  visible: number;
  expectedFen: bigint;
  visibleFen: bigint;
}

/**
 * The latest `months` months that have invoices (by issue date), oldest first. Months without any invoice are left
 * out: the strip shows where invoices are, not empty calendar. Amounts are summed in fen, never in floating point.
 */
export function monthStrip(rows: readonly Pick<ListRow, 'invoice' | 'status'>[], months = STRIP_MONTHS): MonthBar[] {
  const tallies = new Map<string, Tally>();
  for (const row of rows) {
    const month = row.invoice.date.slice(0, 7);
    let t = tallies.get(month);
    if (!t) tallies.set(month, (t = { expected: 0, visible: 0, expectedFen: 0n, visibleFen: 0n }));
    const fen = toFen(row.invoice.total);
    t.expected++;
    t.expectedFen += fen;
    if (isVisible(row)) {
      t.visible++;
      t.visibleFen += fen;
    }
  }
  return [...tallies.keys()]
    .sort()
    .slice(-months)
    .map((month) => {
      const t = tallies.get(month)!;
      return {
        month,
        ...monthRange(month),
        expected: t.expected,
        visible: t.visible,
        expectedAmount: fromFen(t.expectedFen),
        visibleAmount: fromFen(t.visibleFen),
      };
    });
}

export type StripMeasure = 'count' | 'amount';

/** Bar heights, 0..1 of the strip's largest expected value; only for drawing, so a float ratio is fine here. */
export function barHeights(bars: readonly MonthBar[], measure: StripMeasure): { expected: number; visible: number }[] {
  const values = bars.map((b) =>
    measure === 'count'
      ? { expected: b.expected, visible: b.visible }
      : { expected: Number(toFen(b.expectedAmount)), visible: Number(toFen(b.visibleAmount)) },
  );
  const top = Math.max(0, ...values.map((v) => v.expected));
  const share = (n: number) => (top > 0 ? Math.min(1, Math.max(0, n / top)) : 0);
  return values.map((v) => ({ expected: share(v.expected), visible: share(v.visible) }));
}

/** `1,234,567.50`: an exact amount with thousands separators, as finance staff read it. */
export function groupThousands(amount: string): string {
  return amount.replace(/^(-?)(\d+)/, (_, sign: string, int: string) => sign + int.replace(/\B(?=(\d{3})+$)/g, ','));
}
