import type { Problem } from '../../invoice/model';
import { chinaIsoDate } from '../../invoice/china-time';
import { readByOcr } from '../ocr/read-by-ocr';
import type { ExtractPlatform } from '../platform';
import type { OnProgress } from '../progress';
import { findInvoiceQr } from '../qr/find-invoice-qr';
import type { RasterImage } from '../raster';
import type { Reading } from '../types';
import { withoutSeals } from './gray';

export interface ImageRead {
  readings: Reading[];
  problems: Problem[];
  unsupported: string | null;
}

/**
 * An invoice picture (a photo, a scan, a PDF page without text): its QR first, exact where there is one, then OCR for
 * what the QR lacks (names, tax IDs, 价税合计 of legacy invoices) and for paper invoices, which have no QR at all.
 * Both readings are kept so they check each other.
 */
export async function readImageInvoice(
  platform: ExtractPlatform,
  image: RasterImage,
  onProgress: OnProgress,
  onQr?: (readings: Reading[]) => void,
  now = Date.now(),
): Promise<ImageRead> {
  onProgress('qr', 0);
  const qr = await findInvoiceQr(platform, image);
  // The QR's fields are exact: the user sees them while OCR reads the rest.
  if (qr.readings.length) onQr?.(qr.readings);
  const engine = await platform.ocr();
  const ocr = await readByOcr(engine, withoutSeals(image), chinaIsoDate(now), onProgress, qr.readings);
  return { readings: [...qr.readings, ...ocr.readings], problems: qr.problems, unsupported: ocr.unsupported };
}
