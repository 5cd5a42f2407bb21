import { typeName, VERDICT_NAMES } from '../../diagnose/labels';
import type { Finding } from '../../diagnose/types';
import type { ExpectedInvoice, FieldSource } from '../../invoice/model';
import { FIELD_SOURCE_NAMES } from '../../invoice/field-names';
import { formatChinaTime, statusText } from '../../ui-text';
import type { ExportRow } from './export-row';

/**
 * How a writer stores a cell. `id-text`: identifiers that must reach the spreadsheet as the exact text (Excel would
 * drop leading zeros or show 20 digits as 2.4E+19); `amount`: canonical `-?\d+\.\d{2}`; `date`: `YYYY-MM-DD`.
 */
export type ColumnKind = 'id-text' | 'amount' | 'date' | 'text';

export interface Column<Row> {
  header: string;
  kind: ColumnKind;
  /** Width in characters. */
  width: number;
  /** The cell's canonical text, '' when empty. */
  get: (row: Row) => string;
}

/** One finding of one invoice: a row of the 检查结果 sheet. */
export interface FindingRow {
  invoice: ExpectedInvoice;
  finding: Finding;
}



function typeText(code: string | undefined): string {
  return code ? typeName(code).zh : '';
}

function sourceWord(source: FieldSource | undefined): string {
  return source ? FIELD_SOURCE_NAMES[source].zh : '';
}

/** Code and number rather than the key: legacy keys (`CODE-NUMBER`) would be a third spelling of the same two. */
const invoiceIdColumns: Column<{ invoice: ExpectedInvoice }>[] = [
  { header: '发票代码', kind: 'id-text', width: 14, get: (r) => r.invoice.code ?? '' },
  { header: '发票号码', kind: 'id-text', width: 22, get: (r) => r.invoice.number },
];

export const INVOICE_COLUMNS: readonly Column<ExportRow>[] = [
  ...invoiceIdColumns,
  { header: '开票日期', kind: 'date', width: 12, get: (r) => r.invoice.date },
  { header: '金额', kind: 'amount', width: 14, get: (r) => r.invoice.amount ?? '' },
  { header: '税额', kind: 'amount', width: 12, get: (r) => r.invoice.tax ?? '' },
  { header: '价税合计', kind: 'amount', width: 14, get: (r) => r.invoice.total },
  { header: '销售方名称', kind: 'text', width: 28, get: (r) => r.invoice.sellerName ?? '' },
  { header: '销售方税号', kind: 'id-text', width: 21, get: (r) => r.invoice.sellerTaxId ?? '' },
  { header: '购买方名称', kind: 'text', width: 28, get: (r) => r.invoice.buyerName ?? '' },
  { header: '购买方税号', kind: 'id-text', width: 21, get: (r) => r.invoice.buyerTaxId ?? '' },
  { header: '发票类型', kind: 'text', width: 16, get: (r) => typeText(r.invoice.typeCode) },
  { header: '校验码', kind: 'id-text', width: 22, get: (r) => r.invoice.checkCode ?? '' },
  { header: '状态', kind: 'text', width: 16, get: (r) => statusText(r.status).zh },
  { header: '主要原因', kind: 'text', width: 30, get: (r) => r.headline?.title.zh ?? '' },
  { header: '查验结果', kind: 'text', width: 22, get: (r) => r.verification ?? '' },
  { header: '备注', kind: 'text', width: 30, get: (r) => r.invoice.note ?? '' },
  { header: '添加时间', kind: 'text', width: 17, get: (r) => formatChinaTime(r.invoice.addedAt) },
  { header: '号码来源', kind: 'text', width: 10, get: (r) => sourceWord(r.invoice.origins['number']?.source) },
];

export const FINDING_COLUMNS: readonly Column<FindingRow>[] = [
  ...invoiceIdColumns,
  { header: '检查项', kind: 'text', width: 24, get: (r) => r.finding.title.zh },
  { header: '结论', kind: 'text', width: 8, get: (r) => VERDICT_NAMES[r.finding.verdict].zh },
  { header: '依据', kind: 'text', width: 60, get: (r) => r.finding.evidence.zh },
  { header: '下一步', kind: 'text', width: 40, get: (r) => r.finding.next?.text.zh ?? '' },
];

/** Every finding of every row, in row order then the diagnosis's own order. */
export function findingRows(rows: Iterable<ExportRow>): FindingRow[] {
  const out: FindingRow[] = [];
  for (const row of rows) for (const finding of row.findings) out.push({ invoice: row.invoice, finding });
  return out;
}
