import { fileError } from '../extract-error';
import { LIMITS } from '../limits';

export type ImageFormat = 'png' | 'jpeg';

/** The size a header declares, and whether the file goes on to where the pixel data starts. */
interface ImageHeader {
  width: number;
  height: number;
  hasData: boolean;
}

const ascii = (b: Uint8Array, at: number, length: number) => String.fromCharCode(...b.subarray(at, at + length));

/** IHDR holds the size; the first IDAT chunk starts the data. */
function pngHeader(b: Uint8Array): ImageHeader | null {
  if (b.length < 24 || ascii(b, 12, 4) !== 'IHDR') return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let hasData = false;
  for (let at = 8; at + 8 <= b.length; at += 12 + view.getUint32(at)) {
    if (ascii(b, at + 4, 4) === 'IDAT') {
      hasData = true;
      break;
    }
  }
  return { width: view.getUint32(16), height: view.getUint32(20), hasData };
}

/** Walks the JPEG markers: the first start-of-frame holds the size, a complete start-of-scan header starts the data. */
function jpegHeader(b: Uint8Array): ImageHeader | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let size: { width: number; height: number } | null = null;
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) break;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = view.getUint16(at + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame && !size && at + 9 <= b.length) size = { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
    if (marker === 0xda) return size && { ...size, hasData: at + 2 + length <= b.length };
    at += 2 + length;
  }
  return size && { ...size, hasData: false };
}

const corrupt = () => fileError('image-corrupt', '图片已损坏或不完整，无法读取。', 'The image is damaged or incomplete and cannot be read.');

/**
 * The image's size from its header, checked before anything decodes it: a small file may declare a picture of
 * billions of pixels, and decoding that would take the page down. A file cut off before its pixel data starts has no
 * picture at all; it is refused here too (some decoders crash on one rather than fail).
 */
export function checkImageSize(bytes: Uint8Array, format: ImageFormat): { width: number; height: number } {
  const header = format === 'png' ? pngHeader(bytes) : jpegHeader(bytes);
  if (!header || header.width === 0 || header.height === 0) throw corrupt();
  const { width, height } = header;
  if (width > LIMITS.imageSide || height > LIMITS.imageSide || width * height > LIMITS.imagePixels) {
    throw fileError(
      'image-too-large',
      `图片尺寸 ${width}×${height} 像素，超过上限（单边 ${LIMITS.imageSide} 像素、共 ${LIMITS.imagePixels / 1e6} 百万像素）。`,
      `The image is ${width}×${height} pixels, beyond the limit (${LIMITS.imageSide} px a side, ${LIMITS.imagePixels / 1e6} megapixels).`,
    );
  }
  if (!header.hasData) throw corrupt();
  return { width, height };
}
