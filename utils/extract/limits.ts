const MB = 1024 * 1024;

/**
 * What one import accepts. Invoice files are small (an OFD or PDF is tens of kB, a phone photo a few MB); anything far
 * beyond is not an invoice or is built to exhaust the page. The README lists these limits.
 */
export const LIMITS = {
  /** Bytes of any one file. */
  fileBytes: 20 * MB,
  /** Files in one import. */
  batchFiles: 200,
  /** Bytes of all files in one import. */
  batchBytes: 200 * MB,
  /** Characters pasted from Excel at once. */
  pasteChars: 2 * MB,
  /** Bytes of one XML document, a file or a zip entry. */
  xmlBytes: 5 * MB,
  /** Entries in a zip (OFD, XLSX). */
  zipEntries: 2000,
  /** Declared uncompressed bytes of all zip entries. */
  zipExpandedBytes: 100 * MB,
  /** Declared uncompressed size over compressed file size: real OFD and XLSX stay far below. */
  zipRatio: 200,
  /** Pages read from a PDF: an invoice with its 清单 pages fits. */
  pdfPages: 20,
  /**
   * Bytes all of a PDF's compressed streams may inflate to, checked before pdf.js opens it (which has no limit of its
   * own): an invoice's text and fonts take a few MB, a deflated 300-dpi grey A4 scan 9 MB a page; scanners store colour
   * pages as JPEG, which is not counted.
   */
  pdfInflatedBytes: 128 * MB,
  /** Pixels of an image (or a rendered PDF page): a 50-megapixel photo passes, a decompression bomb does not. */
  imagePixels: 50_000_000,
  /** Longest side of an image in pixels. */
  imageSide: 12_000,
  /** Data rows of a sheet or a paste. */
  sheetRows: 20_000,
  /** Columns of a sheet. */
  sheetColumns: 200,
  /** Cells with content in one sheet (the sheet reader keeps an object per cell): 20,000 rows of 50 columns. */
  sheetCells: 1_000_000,
  /** Characters of one cell: Excel's own limit, so no spreadsheet's export has a longer one. */
  sheetCellChars: 32_767,
  /** Bytes of an original file kept with its invoice; larger originals are imported but not kept. */
  keptOriginalBytes: 10 * MB,
} as const;

export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(bytes >= 10 * MB ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
