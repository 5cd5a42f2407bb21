import { headerKey } from '../../portal/result-columns';
import { DRAFT_FIELDS, type DraftField, type SheetMappingRequest } from '../types';
import { contentHash } from './content-hash';
import { looksLikeData } from './guess-columns';

/** Rows searched for the header: titles, report dates and blank lines often sit above it. */
export const HEADER_SCAN_ROWS = 10;
/** Data rows the mapping dialog shows. */
const SAMPLE_ROWS = 5;

export type ColumnMapping = Partial<Record<DraftField, number>>;

/** Without these a row cannot be matched to the portal, so they must all be found before importing unasked. */
const KEY_COLUMNS = ['number', 'date', 'total'] as const satisfies readonly DraftField[];

/** Header names people and finance software use, after headerKey(). The first column that matches a field wins. */
const SYNONYMS: Readonly<Record<Exclude<DraftField, 'qr'>, readonly string[]>> = {
  number: ['发票号码', '数电发票号码', '全电发票号码', '数电票号码', '票号', '发票号'],
  code: ['发票代码', '票据代码', '发票代码(纸票)'],
  date: ['开票日期', '开具日期', '日期'],
  total: ['价税合计', '价税合计金额', '含税金额', '合计金额(含税)', '金额(含税)', '价税合计(小写)'],
  amount: ['金额', '不含税金额', '合计金额', '金额(不含税)'],
  tax: ['税额', '合计税额'],
  sellerName: ['销售方名称', '销方名称', '销售方', '供应商', '供应商名称'],
  sellerTaxId: ['销售方纳税人识别号', '销方识别号', '销售方识别号', '销方纳税人识别号', '销售方税号', '销方税号', '供应商税号', '供应商识别码', '供应商纳税人识别号', '统一社会信用代码'],
  buyerName: ['购买方名称', '购方名称', '购买方'],
  buyerTaxId: ['购买方纳税人识别号', '购方识别号', '购买方识别号', '购方纳税人识别号', '购买方税号', '购方税号'],
  checkCode: ['校验码'],
  typeCode: ['票种', '发票类型', '发票票种', '发票种类'],
};
const FIELD_BY_HEADER = new Map<string, DraftField>(
  (Object.entries(SYNONYMS) as [DraftField, readonly string[]][]).flatMap(([field, names]) => names.map((n) => [n, field])),
);

export function fieldOfHeader(text: string): DraftField | null {
  return FIELD_BY_HEADER.get(headerKey(text)) ?? null;
}

function mapHeaders(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  headers.forEach((text, i) => {
    const field = fieldOfHeader(text);
    if (field && mapping[field] === undefined) mapping[field] = i;
  });
  return mapping;
}

export interface HeaderRow {
  /** Index of the header row in the sheet's rows. */
  index: number;
  headers: string[];
  mapping: ColumnMapping;
}

/** The row among the first few that names the most invoice fields; two at least, so a lone 日期 in a title is no header. */
function knownHeaderRow(rows: readonly string[][]): HeaderRow | null {
  let best: HeaderRow | null = null;
  let bestCount = 1;
  for (const [index, row] of rows.slice(0, HEADER_SCAN_ROWS).entries()) {
    const mapping = mapHeaders(row);
    const count = Object.keys(mapping).length;
    if (count > bestCount) {
      best = { index, headers: [...row], mapping };
      bestCount = count;
    }
  }
  return best;
}

/** Headers in the company's own words: the first row of two or more cells, unless data comes first. */
function unknownHeaderRow(rows: readonly string[][]): HeaderRow | null {
  for (const [index, row] of rows.slice(0, HEADER_SCAN_ROWS).entries()) {
    if (looksLikeData(row)) return null;
    if (row.filter((c) => c.trim() !== '').length >= 2) return { index, headers: [...row], mapping: mapHeaders(row) };
  }
  return null;
}

/** The header row, or null when the rows start with data (cells copied without their header). */
export function findHeaderRow(rows: readonly string[][]): HeaderRow | null {
  return knownHeaderRow(rows) ?? unknownHeaderRow(rows);
}

export function missingKeyColumns(mapping: ColumnMapping): DraftField[] {
  return KEY_COLUMNS.filter((f) => mapping[f] === undefined);
}

/** Identifies a header set however its cells are spaced or spelled in full width; trailing empty headers do not count. */
export function headerSignature(headers: readonly string[]): string {
  const keys = headers.map(headerKey);
  while (keys.length > 0 && keys.at(-1) === '') keys.pop();
  return `headers:${contentHash(new TextEncoder().encode(keys.join('\u001f')))}`;
}

/** A sheet without header row is known only by its width; the user maps its columns once per width. */
export function widthSignature(width: number): string {
  return `columns:${width}`;
}

/** A mapping the user saved, if it still fits the sheet: whole column indexes inside it and a number column. */
export function usableMapping(mapping: ColumnMapping | undefined, width: number): ColumnMapping | null {
  if (!mapping || mapping.number === undefined) return null;
  const isField = (f: string) => (DRAFT_FIELDS as readonly string[]).includes(f);
  const fits = Object.entries(mapping).every(([f, i]) => i === undefined || (isField(f) && Number.isInteger(i) && i >= 0 && i < width));
  return fits ? mapping : null;
}

export function mappingRequest(
  signature: string,
  headers: readonly string[],
  dataRows: readonly string[][],
  guess: ColumnMapping,
): SheetMappingRequest {
  return { signature, headers: [...headers], sample: dataRows.slice(0, SAMPLE_ROWS).map((r) => [...r]), guess };
}
