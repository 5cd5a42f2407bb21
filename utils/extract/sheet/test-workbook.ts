import writeXlsxFile, { type SheetData } from 'write-excel-file/node';

/** An .xlsx built in memory for tests; dates are written as date cells shown `yyyy-mm-dd`. */
export async function workbook(sheets: Array<{ name: string; data: SheetData }>): Promise<Uint8Array> {
  const buffer = await writeXlsxFile(sheets.map(({ name, data }) => ({ sheet: name, data, dateFormat: 'yyyy-mm-dd' }))).toBuffer();
  return new Uint8Array(buffer);
}
