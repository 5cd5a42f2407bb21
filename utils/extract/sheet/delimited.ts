import { ExtractError } from '../extract-error';
import { LIMITS } from '../limits';
import { cellTooLong, MAX_READ_ROWS, tooManyColumns, tooManyRows } from './sheet-size';

export type Delimiter = ',' | '\t' | ';';

/** Tab first: it is what Excel puts on the clipboard, and amounts like 1,060.00 hold commas. */
const DELIMITERS: readonly Delimiter[] = ['\t', ',', ';'];
const SAMPLE_ROWS = 10;
const SAMPLE_CHARS = 64 * 1024;

/**
 * Splits RFC 4180 text: fields in double quotes may hold the delimiter, line breaks and doubled quotes; records end at
 * CR, LF or CRLF. A quote inside an unquoted field is kept as text, as Excel does. Stops after `maxRows` records.
 */
function split(text: string, delimiter: Delimiter, maxRows: number): { rows: string[][]; stoppedAt: number } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
    if (row.length > LIMITS.sheetColumns) throw tooManyColumns(rows.length + 1);
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      if (field.length > LIMITS.sheetCellChars) throw cellTooLong(rows.length + 1);
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === delimiter) {
      endField();
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      if (ch === '\r' && text[i + 1] === '\n') i++;
      if (rows.length === maxRows) return { rows, stoppedAt: i + 1 };
    } else {
      field += ch;
    }
    if (field.length > LIMITS.sheetCellChars) throw cellTooLong(rows.length + 1);
    i++;
  }
  if (field !== '' || row.length > 0) endRow();
  return { rows, stoppedAt: text.length };
}

/**
 * The delimiter that splits the first lines into the most rows of one equal width, the widest on a tie. One that
 * splits a row into more columns than a sheet may have is taken only when nothing else splits at all, so the file is
 * refused for its columns rather than read as one giant column.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, SAMPLE_CHARS);
  let best: Delimiter = DELIMITERS[0]!;
  let bestScore = -1;
  for (const d of DELIMITERS) {
    let rows: string[][];
    try {
      rows = split(sample, d, SAMPLE_ROWS).rows.filter((r) => r.some((c) => c.trim() !== ''));
    } catch (error) {
      if (error instanceof ExtractError && error.problem.code === 'sheet-too-many-columns' && bestScore < 0) {
        best = d;
        bestScore = 0;
      }
      continue;
    }
    const width = rows[0]?.length ?? 0;
    if (width < 2) continue;
    const score = rows.filter((r) => r.length === width).length * (LIMITS.sheetColumns + 1) + width;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Rows of a CSV or TSV text (a file, or cells copied from Excel), every cell as written. Refuses more than
 * LIMITS.sheetColumns columns or more rows than a sheet may have.
 */
export function parseDelimited(text: string, delimiter: Delimiter = detectDelimiter(text)): string[][] {
  const { rows, stoppedAt } = split(text, delimiter, MAX_READ_ROWS);
  if (/\S/.test(text.slice(stoppedAt))) throw tooManyRows();
  return rows;
}
