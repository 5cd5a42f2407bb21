import { addAmounts } from '../invoice/money';
import type { Problem, Sighting } from '../invoice/model';
import { normaliseAmount, normaliseDate, normaliseTaxId, toHalfWidth } from '../invoice/normalise';
import { problem } from '../invoice/problem';
import { compact } from './compact';
import { isHidden, textOf } from './dom-text';
import { invoiceIdentity } from './invoice-identity';
import { MAX_ROWS } from './limits';
import { readPager } from './pager';
import { riskCodeFromText, statusCodeFromText, typeCodeFromText } from './portal-codes';
import {
  NOT_RESULT_AREA,
  RESULT_TABLE_CONTAINERS,
  TABLE_BODY_ROWS,
  TABLE_EMPTY_ROW,
  TABLE_HEADER_ROWS,
  TABLE_LOADING,
} from './selectors';

export interface TableContext {
  at: number;
  page: string;
  host: string;
  scopeId: string;
}

export interface TableResult {
  sightings: Sighting[];
  /** "共 N 条" from the pager. */
  total: number | null;
  pageNumber: number | null;
  /** The table was found and showed no invoice rows (暂无数据). */
  empty: boolean;
  problems: Problem[];
}

type Column =
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
const HEADERS: Readonly<Record<Column, readonly string[]>> = {
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
const COLUMN_BY_HEADER = new Map<string, Column>(
  (Object.entries(HEADERS) as [Column, readonly string[]][]).flatMap(([col, names]) => names.map((n) => [n, col])),
);
const SUMMARY_CELLS = new Set(['合计', '总计', '小计']);

/** "金额(元)", "* 发票号码：" and full-width variants all become the bare name. */
function headerKey(text: string): string {
  return toHalfWidth(text)
    .replace(/\((?:元|人民币)\)$/, '')
    .replace(/[\s*:]/g, '');
}

/** Cell texts by grid position, honouring colspan so later columns stay aligned. */
function rowCells(tr: Element): string[] {
  const cells: string[] = [];
  for (const cell of tr.children) {
    const tag = cell.tagName.toUpperCase();
    if (tag !== 'TD' && tag !== 'TH') continue;
    const span = Math.min(Math.max(Number(cell.getAttribute('colspan')) || 1, 1), 50);
    cells.push(textOf(cell));
    for (let i = 1; i < span; i++) cells.push('');
  }
  return cells;
}

function columnMap(headerRow: string[]): Map<Column, number> {
  const map = new Map<Column, number>();
  headerRow.forEach((text, i) => {
    const col = COLUMN_BY_HEADER.get(headerKey(text));
    if (col && !map.has(col)) map.set(col, i);
  });
  return map;
}

function findContainer(root: ParentNode): Element | null {
  for (const selector of RESULT_TABLE_CONTAINERS) {
    for (const el of root.querySelectorAll(selector)) {
      if (!el.closest(NOT_RESULT_AREA) && el.querySelector('table')) return el;
    }
  }
  return null;
}

/** TDesign may render the header in a separate (affixed) table, so headers and rows are looked up independently. */
function bestColumns(container: Element): Map<Column, number> {
  let best = new Map<Column, number>();
  for (const tr of container.querySelectorAll(TABLE_HEADER_ROWS)) {
    const map = columnMap(rowCells(tr));
    if (map.size > best.size) best = map;
  }
  return best;
}

function bodyRows(container: Element): Element[] {
  let best: Element[] = [];
  for (const table of container.querySelectorAll('table')) {
    const rows = [...table.querySelectorAll(TABLE_BODY_ROWS)];
    if (rows.length > best.length) best = rows;
  }
  return best;
}

function toSighting(cells: string[], cols: Map<Column, number>, ctx: TableContext): Sighting | null {
  const cell = (c: Column) => {
    const i = cols.get(c);
    return i === undefined ? '' : (cells[i] ?? '');
  };
  const id = invoiceIdentity({ number: cell('number'), code: cell('code'), shudianNumber: cell('shudianNumber') });
  if (id === null) return null;
  const opt = (s: string | null) => (s === null || s === '' ? undefined : s);
  const net = opt(normaliseAmount(cell('amount')));
  const tax = opt(normaliseAmount(cell('tax')));
  const total = opt(normaliseAmount(cell('total'))) ?? (net && tax ? addAmounts(net, tax) : undefined);
  return compact({
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
    scopeId: ctx.scopeId,
    seenAt: ctx.at,
    via: 'table' as const,
  });
}

/** Problem codes meaning the table could not be read at all (as opposed to some bad rows). */
export const UNREADABLE_TABLE: readonly string[] = ['table-not-found', 'table-loading', 'table-no-number-column'];

const noTable = () =>
  problem('table-not-found', 'table', '页面上没有找到发票查询结果表格。', 'No invoice result table was found on the page.');
const loading = () =>
  problem('table-loading', 'table', '结果表格仍在加载，暂不读取。', 'The result table is still loading; not read yet.');
const noNumberColumn = () =>
  problem(
    'table-no-number-column',
    'table',
    '结果表格没有「发票号码」或「数电发票号码」列，无法识别发票。',
    'The result table has no 发票号码 / 数电发票号码 column, so its invoices cannot be read.',
  );

/** Fallback when the JSON answer was not caught: reads the visible 全量发票查询 result table. Never throws. */
export function readResultTable(root: ParentNode, ctx: TableContext): TableResult {
  const pager = readPager(root);
  const container = findContainer(root);
  if (!container) return { sightings: [], total: pager.total, pageNumber: pager.pageNumber, empty: false, problems: [noTable()] };
  const spinner = container.querySelector(TABLE_LOADING);
  if (spinner && !isHidden(spinner)) {
    return { sightings: [], total: pager.total, pageNumber: pager.pageNumber, empty: false, problems: [loading()] };
  }
  const cols = bestColumns(container);
  const rows: string[][] = [];
  let truncated = false;
  for (const tr of bodyRows(container)) {
    if (tr.matches(TABLE_EMPTY_ROW) || tr.querySelector(TABLE_EMPTY_ROW)) continue;
    const cells = rowCells(tr);
    if (cells.filter((c) => c !== '').length <= 1 && cells.join('').includes('暂无数据')) continue;
    if (cells.some((c) => SUMMARY_CELLS.has(c.replace(/\s/g, '')))) continue;
    if (rows.length === MAX_ROWS) {
      truncated = true;
      break;
    }
    rows.push(cells);
  }
  const result = { total: pager.total, pageNumber: pager.pageNumber, empty: rows.length === 0 };
  if (rows.length > 0 && !cols.has('number') && !cols.has('shudianNumber')) {
    return { ...result, sightings: [], problems: [noNumberColumn()] };
  }
  const sightings = rows.flatMap((cells) => toSighting(cells, cols, ctx) ?? []);
  const problems: Problem[] = [];
  const skipped = rows.length - sightings.length;
  if (skipped > 0) {
    problems.push(
      problem(
        'table-rows-skipped',
        'number',
        `结果表格中有 ${skipped} 行没有可识别的发票号码，已跳过。`,
        `${skipped} rows of the result table had no usable invoice number and were skipped.`,
      ),
    );
  }
  if (truncated) {
    problems.push(
      problem(
        'table-rows-truncated',
        'table',
        `结果表格超过 ${MAX_ROWS} 行，只读取了前 ${MAX_ROWS} 行。`,
        `The result table has more than ${MAX_ROWS} rows; only the first ${MAX_ROWS} were read.`,
      ),
    );
  }
  return { ...result, sightings, problems };
}
