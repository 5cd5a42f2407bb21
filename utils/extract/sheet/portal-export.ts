import type { Direction, Problem, QueryScope, Sighting } from '../../invoice/model';
import { normaliseTaxId } from '../../invoice/normalise';
import { problem } from '../../invoice/problem';
import { columnMap, headerKey, isSummaryRow, sightingsFromCells, type ResultColumns } from '../../portal/result-columns';
import type { PortalExportResult } from '../types';
import { HEADER_SCAN_ROWS } from './header-map';
import { isBlankRow } from './rows-to-drafts';
import { isRoundedNumber } from './rounded-number';
import { noNumberProblem, roundedProblem } from './sheet-problems';

/** The sheet of the 全量发票查询 导出 workbook that lists the invoices; 信息汇总表 beside it lists their line items. */
const EXPORT_SHEET = '发票基础信息';
export const LINE_ITEMS_SHEET = '信息汇总表';

export interface ExportHeader {
  index: number;
  columns: ResultColumns;
}

/** The row among the first few that names the most result-table columns. */
export function findExportHeader(rows: readonly string[][]): ExportHeader | null {
  let best: ExportHeader | null = null;
  for (const [index, row] of rows.slice(0, HEADER_SCAN_ROWS).entries()) {
    const columns = columnMap(row);
    if (columns.size >= 2 && columns.size > (best?.columns.size ?? 0)) best = { index, columns };
  }
  return best;
}

/** Its sheet name, or the columns only the portal's export has: its 数电 number, status and sign or risk level. */
export function isPortalExport(sheetName: string, headers: readonly string[]): boolean {
  if (headerKey(sheetName) === EXPORT_SHEET) return true;
  const keys = new Set(headers.map(headerKey));
  return keys.has('数电发票号码') && keys.has('发票状态') && (keys.has('是否正数发票') || keys.has('发票风险等级'));
}

export interface ExportContext {
  /** Shown as the scope's page: `import:<fileName>`. */
  fileName: string;
  /** When the export was made: the file's lastModified. */
  at: number;
  /** The taxpayer logged in on the portal, when known. */
  taxpayerId: string | null;
  contentHash: string;
}

/** The one value all rows share, or null. */
function common(values: ReadonlyArray<string | undefined>): string | null {
  const first = values[0];
  return first !== undefined && values.every((v) => v === first) ? first : null;
}

interface OurSide {
  direction: Direction | null;
  taxpayerId: string | null;
}

/**
 * Which side of the rows we are. With a known taxpayer: buyer on every row = 取得 (received), seller on every row =
 * 开具 (issued). Without one, the tax ID common to all rows is ours; a single row, or rows that all share both
 * parties, cannot tell.
 */
function ourSide(sightings: readonly Sighting[], taxpayerId: string | null): OurSide {
  const buyer = common(sightings.map((s) => s.buyerTaxId));
  const seller = common(sightings.map((s) => s.sellerTaxId));
  const we = taxpayerId ?? (buyer !== null && seller === null ? buyer : seller !== null && buyer === null ? seller : null);
  if (we === null || buyer === seller) return { direction: null, taxpayerId };
  if (buyer === we) return { direction: 'received', taxpayerId: we };
  if (seller === we) return { direction: 'issued', taxpayerId: we };
  return { direction: null, taxpayerId };
}

function notOursProblem(taxpayerId: string): Problem {
  return problem(
    'export-other-taxpayer',
    'taxpayer',
    `导出文件中没有一张发票的购买方或销售方是当前纳税人 ${taxpayerId}，可能是其他单位的导出。`,
    `No invoice in the export has the current taxpayer ${taxpayerId} as buyer or seller; it may be another company's export.`,
  );
}

/**
 * The portal's 导出 workbook as what it is: sightings of what the portal holds, with the scope of the query it
 * covered (dates from the rows; the caller may widen them to the range the user queried).
 */
export function readPortalExport(
  rows: readonly string[][],
  header: ExportHeader,
  ctx: ExportContext,
): { result: PortalExportResult; problems: Problem[] } {
  const scopeId = `export:${ctx.contentHash}`;
  const origin = { scopeId, seenAt: ctx.at, via: 'sheet' as const };
  const sightings: Sighting[] = [];
  const roundedRows: number[] = [];
  const noNumber: number[] = [];
  let listed = 0;
  const identityCells = (['number', 'shudianNumber'] as const).flatMap((c) => header.columns.get(c) ?? []);
  for (let i = header.index + 1; i < rows.length; i++) {
    const cells = rows[i]!;
    if (isBlankRow(cells) || isSummaryRow(cells)) continue;
    const found = sightingsFromCells(cells, header.columns, origin);
    if (found.length) {
      sightings.push(...found);
      listed++;
    } else if (identityCells.some((c) => isRoundedNumber(cells[c] ?? ''))) roundedRows.push(i + 1);
    else noNumber.push(i + 1);
  }

  const taxpayerId = ctx.taxpayerId === null ? null : normaliseTaxId(ctx.taxpayerId);
  const side = ourSide(sightings, taxpayerId);
  const dates = sightings.flatMap((s) => s.date ?? []).sort();
  const scope: QueryScope = {
    id: scopeId,
    at: ctx.at,
    page: `import:${ctx.fileName}`,
    host: '',
    direction: side.direction,
    dateFrom: dates[0] ?? null,
    dateTo: dates.at(-1) ?? null,
    statusCodes: [],
    typeCodes: [],
    pageNumber: 1,
    pageSize: listed,
    total: listed,
    rows: listed,
    taxpayerId: side.taxpayerId,
    ok: true,
    encrypted: false,
    call: 'export',
  };

  const problems: Problem[] = [];
  if (roundedRows.length > 0) problems.push(roundedProblem('number', roundedRows));
  if (noNumber.length > 0) problems.push(noNumberProblem(noNumber));
  const mentionsUs = sightings.some((s) => s.buyerTaxId === taxpayerId || s.sellerTaxId === taxpayerId);
  if (taxpayerId !== null && sightings.length > 0 && !mentionsUs) problems.push(notOursProblem(taxpayerId));
  return { result: { scope, sightings }, problems };
}
