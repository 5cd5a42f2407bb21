import { fileError } from '../extract-error';
import { LIMITS } from '../limits';
import type { ExtractOutcome } from '../types';
import { contentHash } from './content-hash';
import { decodeText } from './decode-text';
import { parseDelimited } from './delimited';
import { guessColumns } from './guess-columns';
import {
  findHeaderRow,
  headerSignature,
  mappingRequest,
  missingKeyColumns,
  usableMapping,
  widthSignature,
  type ColumnMapping,
} from './header-map';
import { findExportHeader, isPortalExport, LINE_ITEMS_SHEET, readPortalExport } from './portal-export';
import { isBlankRow, rowsToDrafts } from './rows-to-drafts';
import { tooManyRows } from './sheet-size';
import { readXlsx, type SheetTable } from './xlsx';

export interface SheetReadContext {
  /** When the file was last modified (or the paste made), ms since epoch: the time of a portal export's query. */
  modifiedAt: number;
  /** The taxpayer logged in on the portal, when known. */
  taxpayerId: string | null;
  /** The column mapping the user chose before for a header signature. */
  savedMapping?: (signature: string) => ColumnMapping | undefined;
}

interface Source {
  kind: 'csv' | 'xlsx';
  fileName: string;
  contentHash: string;
}

const empty = () => fileError('sheet-empty', '表格中没有数据行。', 'The sheet has no data rows.');

function checkDataRows(rows: readonly string[][], firstDataRow: number): void {
  if (rows.length - firstDataRow > LIMITS.sheetRows) throw tooManyRows();
  if (rows.slice(firstDataRow).every(isBlankRow)) throw empty();
}

function portalExport(tables: readonly SheetTable[], source: Source, ctx: SheetReadContext): ExtractOutcome | null {
  for (const { name, rows } of tables) {
    const header = findExportHeader(rows);
    if (!header || !isPortalExport(name, rows[header.index]!)) continue;
    checkDataRows(rows, header.index + 1);
    const exportCtx = { fileName: source.fileName, at: ctx.modifiedAt, taxpayerId: ctx.taxpayerId, contentHash: source.contentHash };
    const { result, problems } = readPortalExport(rows, header, exportCtx);
    return { kind: source.kind, drafts: [], problems, portalExport: result };
  }
  return null;
}

/** The sheet whose header names the most invoice fields; the first with any rows when none has a header. */
function invoiceTable(tables: readonly SheetTable[]): SheetTable {
  const candidates = tables.filter((t) => t.rows.some((r) => !isBlankRow(r)));
  const named = (t: SheetTable) => Object.keys(findHeaderRow(t.rows)?.mapping ?? {}).length;
  const best = [...candidates].sort((a, b) => named(b) - named(a))[0];
  if (!best) throw empty();
  return best;
}

function expectedInvoices(table: SheetTable, source: Source, ctx: SheetReadContext): ExtractOutcome {
  const { rows } = table;
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const header = findHeaderRow(rows);
  const firstDataRow = header ? header.index + 1 : 0;
  checkDataRows(rows, firstDataRow);
  const signature = header ? headerSignature(header.headers) : widthSignature(width);
  const saved = usableMapping(ctx.savedMapping?.(signature), width);
  const found = header && missingKeyColumns(header.mapping).length === 0 ? header.mapping : null;
  const mapping = saved ?? found;
  if (mapping) return { kind: source.kind, ...rowsToDrafts(rows, mapping, firstDataRow) };

  const dataRows = rows.slice(firstDataRow).filter((r) => !isBlankRow(r));
  const headers = Array.from({ length: width }, (_, i) => (header ? (header.headers[i] ?? '') : `第${i + 1}列`));
  const guess = guessColumns(dataRows, width, header?.mapping);
  return { kind: source.kind, drafts: [], problems: [], mapping: mappingRequest(signature, headers, dataRows, guess) };
}

/**
 * The portal's own export becomes sightings; any other table becomes expected invoices, or asks for its columns. The
 * export's line-item sheet repeats invoice numbers once per item, so it is never read.
 */
function readTables(all: readonly SheetTable[], source: Source, ctx: SheetReadContext): ExtractOutcome {
  const tables = all.filter((t) => t.name !== LINE_ITEMS_SHEET);
  return portalExport(tables, source, ctx) ?? expectedInvoices(invoiceTable(tables), source, ctx);
}

/**
 * Reads an imported CSV or .xlsx file. Throws ExtractError when the file cannot be read (encrypted, .xls, too large,
 * empty); otherwise returns drafts, a mapping request for unknown columns, or the sightings of a portal export.
 */
export async function readSheetFile(
  bytes: Uint8Array,
  fileName: string,
  ctx: SheetReadContext & { kind: 'csv' | 'xlsx' },
): Promise<ExtractOutcome> {
  const tables = ctx.kind === 'csv' ? [{ name: '', rows: parseDelimited(decodeText(bytes)) }] : await readXlsx(bytes);
  return readTables(tables, { kind: ctx.kind, fileName, contentHash: contentHash(bytes) }, ctx);
}

/** Reads cells pasted from Excel (tab-separated, with or without their header row). Throws ExtractError like readSheetFile. */
export function readPastedRows(text: string, ctx: SheetReadContext): ExtractOutcome {
  if (text.length > LIMITS.pasteChars) {
    throw fileError(
      'paste-too-long',
      `粘贴的内容有 ${text.length} 个字符，超过上限 ${LIMITS.pasteChars} 个；请分批粘贴或导入文件。`,
      `The pasted text has ${text.length} characters, more than the limit of ${LIMITS.pasteChars}; paste in parts or import a file.`,
    );
  }
  const source: Source = { kind: 'csv', fileName: 'paste', contentHash: contentHash(new TextEncoder().encode(text)) };
  return readTables([{ name: '', rows: parseDelimited(text) }], source, ctx);
}
