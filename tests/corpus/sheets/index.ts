/** All sheet files: ERP lists and the portal export, drawn from the corpus invoices plus extra ones only listed. */
import type { Party } from '../companies';
import { buildInvoice, type Invoice, type InvoiceType } from '../invoice';
import { prng } from '../../../utils/invoice/test-prng';
import { erpSheets, sample, type SheetFile } from './erp';
import { portalExport } from './portal';

export type { SheetFile } from './erp';

/** Invoices that exist only in the lists (no rendered file): enough of every kind for the portal's 红冲 and 作废 rows. */
const EXTRA_TYPES: readonly InvoiceType[] = [
  'shudian-special', 'shudian-normal', 'e-normal', 'paper-special', 'shudian-normal', 'e-special', 'paper-normal',
  'shudian-special', 'e-normal', 'shudian-normal', 'paper-special', 'shudian-normal',
];

export async function makeSheets(
  seed: number,
  corpus: readonly Invoice[],
  ours: Party,
  small: boolean,
): Promise<SheetFile[]> {
  const rng = prng(seed ^ 0x5eed);
  const extra = EXTRA_TYPES.slice(0, small ? 8 : 12).map((t, i) => buildInvoice(t, seed + 100_003 * (i + 1), ours));
  const received = corpus.filter((inv) => inv.buyer === ours);
  const erp = await erpSheets(rng, [...received, ...extra], small);
  // The portal lists newest first.
  const portalRows = [...sample(rng, received, small ? 3 : 5), ...extra.slice(0, small ? 5 : 8)].sort((a, b) =>
    `${b.date} ${b.time}`.localeCompare(`${a.date} ${a.time}`),
  );
  return [...erp, await portalExport(rng, portalRows, 'sheets/全量发票查询导出结果.xlsx')];
}
