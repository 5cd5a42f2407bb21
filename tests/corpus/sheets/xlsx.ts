/** XLSX bytes from write-excel-file, made reproducible. */
import { unzipSync, zipSync } from 'fflate';
import writeExcelFile, { type SheetData } from 'write-excel-file/node';

export interface XlsxSheet {
  sheet: string;
  data: SheetData;
  /** Column widths in characters. */
  columns: { width: number }[];
}

/** The zip entries carry the wall-clock time; re-zipping with a fixed one makes identical input give identical bytes. */
export async function xlsxBytes(sheets: XlsxSheet[]): Promise<Buffer> {
  const zipped = await writeExcelFile(sheets).toBuffer();
  return Buffer.from(zipSync(unzipSync(new Uint8Array(zipped)), { mtime: new Date('2024-01-01T00:00:00Z') }));
}
