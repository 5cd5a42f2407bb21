import { fileError, type ExtractError } from '../extract-error';
import { LIMITS } from '../limits';
import { HEADER_SCAN_ROWS } from './header-map';

/** Rows a reader takes at most: the data rows a sheet may have plus the rows its header may sit in. */
export const MAX_READ_ROWS = LIMITS.sheetRows + HEADER_SCAN_ROWS;

export function tooManyRows(): ExtractError {
  return fileError(
    'sheet-too-many-rows',
    `表格超过 ${LIMITS.sheetRows} 行数据（上限），请拆分成几个文件分批导入。`,
    `The sheet has more than ${LIMITS.sheetRows} data rows (the limit); split it into several files.`,
  );
}

export function tooManyCells(): ExtractError {
  return fileError(
    'sheet-too-many-cells',
    `表格超过 ${LIMITS.sheetCells.toLocaleString('en')} 个有内容的单元格（上限），请拆分成几个文件分批导入。`,
    `The sheet has more than ${LIMITS.sheetCells.toLocaleString('en')} cells with content (the limit); split it into several files.`,
  );
}

/** `row` is the row number as Excel shows it. */
export function tooManyColumns(row: number): ExtractError {
  return fileError(
    'sheet-too-many-columns',
    `表格第 ${row} 行超过 ${LIMITS.sheetColumns} 列（上限），这不像发票清单。`,
    `Row ${row} of the sheet has more than ${LIMITS.sheetColumns} columns (the limit); this does not look like an invoice list.`,
  );
}

/** `row` is the row number as Excel shows it. */
export function cellTooLong(row: number): ExtractError {
  return fileError(
    'sheet-cell-too-long',
    `表格第 ${row} 行有一个单元格超过 ${LIMITS.sheetCellChars} 个字符（Excel 单元格的上限），这不像发票清单。`,
    `Row ${row} of the sheet has a cell longer than ${LIMITS.sheetCellChars} characters (Excel's own limit for a cell); this does not look like an invoice list.`,
  );
}
