import type { TextItem } from './layout/text-item';
import type { OcrEngine } from './ocr/engine';
import type { RasterImage } from './raster';

/** One page's text layer, in PDF points from the top-left. */
export interface PdfPageText {
  items: TextItem[];
  width: number;
  height: number;
}

export interface PdfHandle {
  pageCount: number;
  pageText(pageIndex: number): Promise<PdfPageText>;
  /** Renders a page at `dpi` (72 = one pixel a point). */
  renderPage(pageIndex: number, dpi: number): Promise<RasterImage>;
  close(): Promise<void>;
}

/**
 * What extraction needs from its environment: the import worker in the browser and Node in tests and the bench
 * each provide these, with every library file loaded from the extension package or node_modules, never a CDN.
 */
export interface ExtractPlatform {
  openPdf(bytes: Uint8Array): Promise<PdfHandle>;
  decodeImage(bytes: Uint8Array): Promise<RasterImage>;
  /** Every QR code's text found in the image. */
  readQrCodes(image: RasterImage): Promise<string[]>;
  /** The OCR engine, started on first use and kept warm for the next file. */
  ocr(): Promise<OcrEngine>;
}
