import type { GrayImage } from '../raster';

/**
 * The image as a binary PGM (P5). OCR engines take encoded images; PGM costs no compression and Leptonica reads it
 * natively, where tesseract.js would decode a BMP in slow JavaScript first.
 */
export function encodeGrayPgm(image: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.data.length);
  out.set(header);
  out.set(image.data, header.length);
  return out;
}
