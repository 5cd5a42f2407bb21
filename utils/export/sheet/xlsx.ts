import writeExcelFile, { type Cell, type Row, type SheetData } from 'write-excel-file/universal';
import { type Column, type ColumnKind, FINDING_COLUMNS, findingRows, INVOICE_COLUMNS } from './columns';
import type { ExportRow } from './export-row';

const AMOUNT_FORMAT = '#,##0.00';
const DATE_FORMAT = 'yyyy-mm-dd';
/** Text format, so a number typed over an identifier in Excel stays text too. */
const TEXT_FORMAT = '@';

function cell(value: string, kind: ColumnKind): Cell {
  if (value === '') return null;
  switch (kind) {
    // Canonical amounts have at most 12 integer digits: exact as a double.
    case 'amount':
      return { value: Number(value), type: Number, format: AMOUNT_FORMAT };
    // Midnight UTC: the library turns getTime() into the serial, so the day never shifts with the machine's zone.
    case 'date':
      return { value: new Date(`${value}T00:00:00Z`), type: Date, format: DATE_FORMAT };
    case 'id-text':
      return { value, type: String, format: TEXT_FORMAT };
    case 'text':
      return { value, type: String };
  }
}

function sheetData<R>(columns: readonly Column<R>[], rows: readonly R[]): SheetData {
  const header: Row = columns.map((c) => ({ value: c.header, type: String, fontWeight: 'bold' }));
  return [header, ...rows.map((row) => columns.map((c) => cell(c.get(row), c.kind)))];
}

function sheet<R>(name: string, columns: readonly Column<R>[], rows: readonly R[]) {
  return {
    sheet: name,
    data: sheetData(columns, rows),
    columns: columns.map((c) => ({ width: c.width })),
    stickyRowsCount: 1,
  };
}

/** The register as a workbook: 发票 (one row per invoice) and 检查结果 (one row per finding). */
export function toXlsxBlob(rows: readonly ExportRow[]): Promise<Blob> {
  return writeExcelFile([
    sheet('发票', INVOICE_COLUMNS, rows),
    sheet('检查结果', FINDING_COLUMNS, findingRows(rows)),
  ]).toBlob();
}
