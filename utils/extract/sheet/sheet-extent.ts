import { LIMITS } from '../limits';
import { MAX_READ_ROWS, tooManyCells, tooManyColumns, tooManyRows } from './sheet-size';

/** `<row …>` and `<c …>` tags (any namespace prefix), self-closing or not. */
const TAG = /<(?:[\w.-]+:)?(row|c)\b([^>]*?)(\/?)>/g;
const CELL_REF = /\br="([A-Z]{1,3})(\d+)"/;
const ROW_REF = /\br="(\d+)"/;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * Checks a worksheet's XML against the sheet limits before read-excel-file reads it. The library builds every row up
 * to the last cell with content as a dense array, so a 1 kB file with one cell at XFD1048576 asks for 17 billion
 * cells and runs the page out of memory; and it keeps an object per cell. Cells are placed by their `r` reference or,
 * without one, after the cell before, as Excel does; an empty self-closing `<c/>` (formatting only) holds no content.
 */
export function checkSheetExtent(xml: string): void {
  let row = 0;
  let column = 0;
  let cells = 0;
  for (const [, tag, attributes = '', selfClosing] of xml.matchAll(TAG)) {
    if (tag === 'row') {
      row = Number(ROW_REF.exec(attributes)?.[1] ?? row + 1);
      column = 0;
      continue;
    }
    const ref = CELL_REF.exec(attributes);
    column = ref ? columnIndex(ref[1]!) : column + 1;
    if (ref) row = Number(ref[2]);
    if (selfClosing) continue;
    if (row > MAX_READ_ROWS) throw tooManyRows();
    if (column > LIMITS.sheetColumns) throw tooManyColumns(row);
    if (++cells > LIMITS.sheetCells) throw tooManyCells();
  }
}
