/**
 * The buyer's own lists of expected invoices, as ERPs and people export them: CSV in UTF-8 with BOM and in GBK, a CSV
 * whose headers need a manual mapping, an XLSX, and rows copied out of Excel.
 */
import iconv from 'iconv-lite';
import type { Cell, SheetData } from 'write-excel-file/node';
import type { Prng } from '../../../utils/invoice/test-prng';
import type { Invoice } from '../invoice';
import type { SheetRowTruth, SheetTruth } from '../truth';
import { csvText, formatAmount, formatDate, pickAmountForm, pickDateForm, tsvText } from './format';
import { xlsxBytes } from './xlsx';

export interface SheetFile {
  data: Buffer;
  truth: SheetTruth;
}

const ERP_HEADERS = [
  '发票代码', '发票号码', '开票日期', '价税合计', '金额', '税额', '销售方名称', '销售方税号', '购买方税号', '备注',
];

/** n distinct invoices in a seeded order. */
export function sample<T>(rng: Prng, pool: readonly T[], n: number): T[] {
  const rest = [...pool];
  const out: T[] = [];
  while (out.length < n && rest.length) out.push(...rest.splice(rng.int(rest.length), 1));
  return out;
}

/** What a clerk types in 备注: the purchase, sometimes with an ASCII comma that forces CSV quoting. */
function note(rng: Prng, inv: Invoice): string {
  const item = (inv.items[0]?.name ?? '').replace(/^\*[^*]+\*/, '');
  return rng.pick(['', item, `${item}-报销`, `${item},${Number(inv.date.slice(5, 7))}月`, `付款申请-${item}`]);
}

/** The fields every list carries: key, date, 价税合计 and the seller. */
function baseRow(inv: Invoice): SheetRowTruth {
  const row: SheetRowTruth = {
    number: inv.number,
    date: inv.date,
    total: inv.total,
    sellerName: inv.seller.name,
    sellerTaxId: inv.seller.taxId,
  };
  if (inv.code) row.code = inv.code;
  return row;
}

function erpRow(inv: Invoice, note: string): SheetRowTruth {
  return { ...baseRow(inv), amount: inv.amount, tax: inv.tax, buyerTaxId: inv.buyer.taxId, note };
}

function erpCsv(rng: Prng, invoices: readonly Invoice[], file: string, gbk: boolean): SheetFile {
  const rows: string[][] = [ERP_HEADERS];
  const truth: SheetRowTruth[] = [];
  for (const inv of invoices) {
    const n = note(rng, inv);
    const money = pickAmountForm(rng);
    rows.push([
      inv.code ?? '',
      inv.number,
      formatDate(inv.date, pickDateForm(rng)),
      formatAmount(inv.total, money),
      formatAmount(inv.amount, money),
      formatAmount(inv.tax, money),
      inv.seller.name,
      inv.seller.taxId,
      inv.buyer.taxId,
      n,
    ]);
    truth.push(erpRow(inv, n));
  }
  const text = csvText(rows);
  // GBK has no U+00A5; Chinese Windows writes the full-width ￥ instead.
  const data = gbk ? iconv.encode(text.replaceAll('¥', '￥'), 'gbk') : Buffer.from(`\uFEFF${text}`, 'utf8');
  return {
    data,
    truth: { file, kind: 'erp-csv', encoding: gbk ? 'gbk' : 'utf-8', bom: !gbk, headers: ERP_HEADERS, rows: truth },
  };
}

const CUSTOM_MAPPING: Readonly<Record<string, string>> = {
  票据代码: 'code',
  票号: 'number',
  日期: 'date',
  含税金额: 'total',
  供应商: 'sellerName',
  供应商识别码: 'sellerTaxId',
  说明: 'note',
};

/** A home-made export: no header is one the extension knows, so the user maps the columns by hand. */
function customCsv(rng: Prng, invoices: readonly Invoice[], file: string): SheetFile {
  const headers = Object.keys(CUSTOM_MAPPING);
  const rows: string[][] = [headers];
  const truth: SheetRowTruth[] = [];
  for (const inv of invoices) {
    const n = note(rng, inv);
    const date = formatDate(inv.date, pickDateForm(rng));
    const total = formatAmount(inv.total, pickAmountForm(rng));
    rows.push([inv.code ?? '', inv.number, date, total, inv.seller.name, inv.seller.taxId, n]);
    truth.push({ ...baseRow(inv), note: n });
  }
  return {
    data: Buffer.from(`\uFEFF${csvText(rows)}`, 'utf8'),
    truth: { file, kind: 'erp-csv', encoding: 'utf-8', bom: true, headers, mapping: { ...CUSTOM_MAPPING }, rows: truth },
  };
}

const text = (value: string): Cell => ({ value, type: String });
const money = (amount: string): Cell => ({ value: Number(amount), type: Number, format: '#,##0.00' });

/** Codes, numbers and tax IDs as text cells (a number cell would lose the 20-digit number's last digits). */
async function erpXlsx(rng: Prng, invoices: readonly Invoice[], file: string): Promise<SheetFile> {
  const sheet = '发票台账';
  const data: SheetData = [ERP_HEADERS.map((h) => text(h))];
  const truth: SheetRowTruth[] = [];
  for (const inv of invoices) {
    const n = note(rng, inv);
    // Some clerks type dates Excel recognises (real date cells), others paste text.
    const [y, m, d] = inv.date.split('-').map(Number);
    const date: Cell =
      rng.next() < 0.6
        ? { value: new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)), type: Date, format: 'yyyy-mm-dd' }
        : text(formatDate(inv.date, rng.pick(['slash', 'zh'] as const)));
    data.push([
      inv.code ? text(inv.code) : null,
      text(inv.number),
      date,
      money(inv.total),
      money(inv.amount),
      money(inv.tax),
      text(inv.seller.name),
      text(inv.seller.taxId),
      text(inv.buyer.taxId),
      n ? text(n) : null,
    ]);
    truth.push(erpRow(inv, n));
  }
  const columns = [14, 24, 12, 12, 12, 10, 30, 22, 22, 20].map((width) => ({ width }));
  const buffer = await xlsxBytes([{ data, sheet, columns }]);
  return { data: buffer, truth: { file, kind: 'erp-xlsx', sheet, headers: ERP_HEADERS, rows: truth } };
}

/** Rows selected in Excel and pasted into the extension: displayed text, so amounts keep their thousands commas. */
function pasteTsv(rng: Prng, invoices: readonly Invoice[], file: string): SheetFile {
  const headers = ['发票号码', '发票代码', '开票日期', '价税合计', '销售方名称', '销售方税号'];
  const rows: string[][] = [headers];
  const truth: SheetRowTruth[] = [];
  for (const inv of invoices) {
    const date = formatDate(inv.date, 'slash');
    rows.push([inv.number, inv.code ?? '', date, formatAmount(inv.total, 'comma'), inv.seller.name, inv.seller.taxId]);
    truth.push(baseRow(inv));
  }
  return {
    data: Buffer.from(tsvText(rows), 'utf8'),
    truth: { file, kind: 'paste-tsv', encoding: 'utf-8', bom: false, headers, rows: truth },
  };
}

/** `pool` mixes 数电 and legacy invoices; each list takes its own sample, so some invoices appear in several lists. */
export async function erpSheets(rng: Prng, pool: readonly Invoice[], small: boolean): Promise<SheetFile[]> {
  const n = (full: number, few: number) => (small ? few : full);
  return [
    erpCsv(rng, sample(rng, pool, n(16, 8)), 'sheets/erp-utf8-bom.csv', false),
    erpCsv(rng, sample(rng, pool, n(12, 6)), 'sheets/erp-gbk.csv', true),
    customCsv(rng, sample(rng, pool, n(10, 6)), 'sheets/erp-custom-headers.csv'),
    await erpXlsx(rng, sample(rng, pool, n(14, 7)), 'sheets/erp-list.xlsx'),
    pasteTsv(rng, sample(rng, pool, 4), 'sheets/excel-paste.tsv'),
  ];
}
