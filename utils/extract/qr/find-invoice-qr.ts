import type { Problem } from '../../invoice/model';
import type { ExtractPlatform } from '../platform';
import type { RasterImage } from '../raster';
import type { Reading } from '../types';
import { looksLikeInvoiceQr, qrReadings } from './qr-readings';

export interface QrFinding {
  readings: Reading[];
  /** Set when a code was found that claims to be an invoice's but fails its checks (a misread or an altered code). */
  problems: Problem[];
}

/**
 * The invoice QR of a page or photo: every code in the image is decoded, the first that parses as an invoice payload
 * with a valid CRC wins. A QR that decodes but fails its CRC is reported, never used.
 */
export async function findInvoiceQr(platform: ExtractPlatform, image: RasterImage): Promise<QrFinding> {
  const texts = (await platform.readQrCodes(image)).filter(looksLikeInvoiceQr);
  const problems: Problem[] = [];
  for (const text of texts) {
    const found = qrReadings(text);
    if (found.readings.length) return { readings: found.readings, problems: [] };
    problems.push(...found.problems);
  }
  return { readings: [], problems };
}
