import type { Problem, Sighting } from '../invoice/model';
import { problem } from '../invoice/problem';
import { isHidden, textOf } from './dom-text';
import { MAX_ROWS } from './limits';
import { readPager } from './pager';
import { columnMap, isSummaryRow, sightingsFromCells, type ResultColumns } from './result-columns';
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
  /** One per key a row is known by: a 数电 paper invoice gives two. */
  sightings: Sighting[];
  /** Invoice rows read (each with at least one usable number). */
  rows: number;
  /** "共 N 条" from the pager. */
  total: number | null;
  pageNumber: number | null;
  /** The table was found and showed no invoice rows (暂无数据). */
  empty: boolean;
  problems: Problem[];
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

function findContainer(root: ParentNode): Element | null {
  for (const selector of RESULT_TABLE_CONTAINERS) {
    for (const el of root.querySelectorAll(selector)) {
      if (!el.closest(NOT_RESULT_AREA) && el.querySelector('table')) return el;
    }
  }
  return null;
}

/** TDesign may render the header in a separate (affixed) table, so headers and rows are looked up independently. */
function bestColumns(container: Element): ResultColumns {
  let best: ResultColumns = new Map();
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

/** Each invoice row of the result table with the keys it is known by: where the overlay puts its marks. */
export function resultRowKeys(root: ParentNode): Array<{ row: Element; keys: string[] }> {
  const container = findContainer(root);
  if (!container) return [];
  const cols = bestColumns(container);
  const origin = { scopeId: '', seenAt: 0, via: 'table' as const };
  return bodyRows(container).flatMap((row) => {
    const keys = sightingsFromCells(rowCells(row), cols, origin).map((s) => s.key);
    return keys.length ? [{ row, keys }] : [];
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
  if (!container) return { sightings: [], rows: 0, total: pager.total, pageNumber: pager.pageNumber, empty: false, problems: [noTable()] };
  const spinner = container.querySelector(TABLE_LOADING);
  if (spinner && !isHidden(spinner)) {
    return { sightings: [], rows: 0, total: pager.total, pageNumber: pager.pageNumber, empty: false, problems: [loading()] };
  }
  const cols = bestColumns(container);
  const rows: string[][] = [];
  let truncated = false;
  for (const tr of bodyRows(container)) {
    if (tr.matches(TABLE_EMPTY_ROW) || tr.querySelector(TABLE_EMPTY_ROW)) continue;
    const cells = rowCells(tr);
    if (cells.filter((c) => c !== '').length <= 1 && cells.join('').includes('暂无数据')) continue;
    if (isSummaryRow(cells)) continue;
    if (rows.length === MAX_ROWS) {
      truncated = true;
      break;
    }
    rows.push(cells);
  }
  const result = { total: pager.total, pageNumber: pager.pageNumber, empty: rows.length === 0 };
  if (rows.length > 0 && !cols.has('number') && !cols.has('shudianNumber')) {
    return { ...result, sightings: [], rows: 0, problems: [noNumberColumn()] };
  }
  const origin = { scopeId: ctx.scopeId, seenAt: ctx.at, via: 'table' as const };
  const perRow = rows.map((cells) => sightingsFromCells(cells, cols, origin));
  const sightings = perRow.flat();
  const problems: Problem[] = [];
  const skipped = perRow.filter((s) => s.length === 0).length;
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
  return { ...result, sightings, rows: rows.length - skipped, problems };
}
