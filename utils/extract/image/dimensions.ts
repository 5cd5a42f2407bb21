import { fileError } from '../extract-error';
import { LIMITS } from '../limits';

export type ImageFormat = 'png' | 'jpeg';

function pngSize(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 24) return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Walks the JPEG markers to the first start-of-frame, which holds the size. */
function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = view.getUint16(at + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
    at += 2 + length;
  }
  return null;
}

/**
 * The image's size from its header, checked before anything decodes it: a small file may declare a picture of
 * billions of pixels, and decoding that would take the page down.
 */
export function checkImageSize(bytes: Uint8Array, format: ImageFormat): { width: number; height: number } {
  const size = format === 'png' ? pngSize(bytes) : jpegSize(bytes);
  if (!size || size.width === 0 || size.height === 0) {
    throw fileError('image-corrupt', '图片已损坏或不完整，无法读取。', 'The image is damaged or incomplete and cannot be read.');
  }
  if (size.width > LIMITS.imageSide || size.height > LIMITS.imageSide || size.width * size.height > LIMITS.imagePixels) {
    throw fileError(
      'image-too-large',
      `图片尺寸 ${size.width}×${size.height} 像素，超过上限（单边 ${LIMITS.imageSide} 像素、共 ${LIMITS.imagePixels / 1e6} 百万像素）。`,
      `The image is ${size.width}×${size.height} pixels, beyond the limit (${LIMITS.imageSide} px a side, ${LIMITS.imagePixels / 1e6} megapixels).`,
    );
  }
  return size;
}
