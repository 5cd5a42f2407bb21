import { addAmounts } from '../invoice/money';
import type { Sighting } from '../invoice/model';
import { normaliseAmount, normaliseDate, normaliseTaxId, toHalfWidth } from '../invoice/normalise';
import { compact } from './compact';
import { invoiceIdentities } from './invoice-identity';
import { riskCodeFromText, statusCodeFromText, typeCodeFromText } from './portal-codes';

/** The columns of the 全量发票查询 result, shared by its on-page table and its 导出 workbook. */
export type ResultColumn =
  | 'code'
  | 'number'
  | 'shudianNumber'
  | 'sellerTaxId'
  | 'sellerName'
  | 'buyerTaxId'
  | 'buyerName'
  | 'date'
  | 'amount'
  | 'tax'
  | 'total'
  | 'type'
  | 'status'
  | 'risk';

/** Header texts as the portal table and its xlsx export spell them, after headerKey(). */
const HEADERS: Readonly<Record<ResultColumn, readonly string[]>> = {
  code: ['发票代码'],
  number: ['发票号码'],
  shudianNumber: ['数电发票号码', '数电票号码', '全电发票号码'],
  sellerTaxId: ['销方识别号', '销售方纳税人识别号', '销售方识别号', '销方纳税人识别号', '销方税号'],
  sellerName: ['销方名称', '销售方名称', '销售方纳税人名称'],
  buyerTaxId: ['购方识别号', '购买方纳税人识别号', '购买方识别号', '购方纳税人识别号', '购方税号'],
  buyerName: ['购买方名称', '购方名称', '购买方纳税人名称'],
  date: ['开票日期'],
  amount: ['金额', '合计金额', '不含税金额'],
  tax: ['税额', '合计税额'],
  total: ['价税合计', '价税合计金额'],
  type: ['发票票种', '票种', '发票类型', '发票种类'],
  status: ['发票状态', '状态'],
  risk: ['发票风险等级', '风险等级'],
};
const COLUMN_BY_HEADER = new Map<string, ResultColumn>(
  (Object.entries(HEADERS) as [ResultColumn, readonly string[]][]).flatMap(([col, names]) => names.map((n) => [n, col])),
);
const SUMMARY_CELLS = new Set(['合计', '总计', '小计']);

export type ResultColumns = Map<ResultColumn, number>;

/** "金额(元)", "* 发票号码：" and full-width variants all become the bare name. */
export function headerKey(text: string): string {
  return toHalfWidth(text)
    .replace(/\((?:元|人民币)\)$/, '')
    .replace(/[\s*:]/g, '');
}

/** Column index per known header; the first of repeated headers wins. */
export function columnMap(headerRow: readonly string[]): ResultColumns {
  const map: ResultColumns = new Map();
  headerRow.forEach((text, i) => {
    const col = COLUMN_BY_HEADER.get(headerKey(text));
    if (col && !map.has(col)) map.set(col, i);
  });
  return map;
}

/** A 合计/总计/小计 row closes the table and the export; it is no invoice. */
export function isSummaryRow(cells: readonly string[]): boolean {
  return cells.some((c) => SUMMARY_CELLS.has(c.replace(/\s/g, '')));
}

export interface SightingOrigin {
  scopeId: string;
  seenAt: number;
  via: Sighting['via'];
}

/** One result row as a sighting per key it is known by (two for a 数电 paper invoice); none without a usable number. */
export function sightingsFromCells(cells: readonly string[], cols: ResultColumns, origin: SightingOrigin): Sighting[] {
  const cell = (c: ResultColumn) => {
    const i = cols.get(c);
    return i === undefined ? '' : (cells[i] ?? '');
  };
  const ids = invoiceIdentities({ number: cell('number'), code: cell('code'), shudianNumber: cell('shudianNumber') });
  const opt = (s: string | null) => (s === null || s === '' ? undefined : s);
  const net = opt(normaliseAmount(cell('amount')));
  const tax = opt(normaliseAmount(cell('tax')));
  const total = opt(normaliseAmount(cell('total'))) ?? (net && tax ? addAmounts(net, tax) : undefined);
  return ids.map((id) => compact({
    ...id,
    date: opt(normaliseDate(cell('date'))),
    total,
    amount: net,
    tax,
    sellerTaxId: opt(normaliseTaxId(cell('sellerTaxId'))),
    sellerName: opt(cell('sellerName')),
    buyerTaxId: opt(normaliseTaxId(cell('buyerTaxId'))),
    buyerName: opt(cell('buyerName')),
    typeCode: opt(typeCodeFromText(cell('type'))),
    statusCode: opt(statusCodeFromText(cell('status'))),
    riskCode: opt(riskCodeFromText(cell('risk'))),
    ...origin,
  }));
}
