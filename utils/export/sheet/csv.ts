import { type ColumnKind, INVOICE_COLUMNS } from './columns';
import type { ExportRow } from './export-row';

const BOM = '\uFEFF';
const EOL = '\r\n';
/** Lead characters that make Excel, LibreOffice or Sheets evaluate a cell (OWASP CSV injection). */
const LIVE_LEAD = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/** Identifiers Excel would open as a number: all digits, or digits around one E (a USCC such as 9111…345E67 reads as 9.11E+84). */
const NUMERIC_ID = /^\d+(E\d+)?$/i;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * The cell as the spreadsheet must read it.
 *
 * The file holds exactly one kind of formula: `="<id>"` around an id-text value that matched NUMERIC_ID, the only
 * CSV spelling Excel, LibreOffice and Sheets all open as the exact text (a bare 20-digit number becomes 2.4E+19, an
 * 8-digit one loses its leading zeros). Everything else that would start a formula gets a leading `'`, so no user
 * text (seller names, notes) can ever come out live; plain numbers are spared so `-12.00` stays an amount.
 */
function csvCellText(value: string, kind: ColumnKind): string {
  if (kind === 'id-text' && NUMERIC_ID.test(value)) return `="${value}"`;
  if (LIVE_LEAD.test(value) && !PLAIN_NUMBER.test(value)) return `'${value}`;
  return value;
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF, doubling its quotes. */
function quoted(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function line(cells: readonly string[]): string {
  return cells.map(quoted).join(',') + EOL;
}

/**
 * The register as Excel-ready CSV (UTF-8 with BOM, CRLF): first the BOM and header line, then one string per
 * `chunkRows` rows, so a caller can yield to the event loop between chunks.
 */
export function* csvParts(rows: Iterable<ExportRow>, chunkRows = 500): Generator<string> {
  if (!Number.isInteger(chunkRows) || chunkRows < 1) throw new RangeError(`chunkRows must be ≥ 1: ${chunkRows}`);
  yield BOM + line(INVOICE_COLUMNS.map((c) => c.header));
  let chunk = '';
  let count = 0;
  for (const row of rows) {
    chunk += line(INVOICE_COLUMNS.map((c) => csvCellText(c.get(row), c.kind)));
    if (++count === chunkRows) {
      yield chunk;
      chunk = '';
      count = 0;
    }
  }
  if (count > 0) yield chunk;
}

export function toCsvBlob(rows: Iterable<ExportRow>): Blob {
  return new Blob([...csvParts(rows)], { type: 'text/csv;charset=utf-8' });
}
