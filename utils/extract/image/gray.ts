import type { GrayImage, RasterImage, Rect } from '../raster';

/** Luma (BT.601) of RGBA pixels; transparent pixels count as white paper. */
export function toGray(image: RasterImage): GrayImage {
  const { width, height, data } = image;
  const out = new Uint8Array(width * height);
  for (let i = 0, p = 0; p < out.length; i += 4, p++) {
    const a = data[i + 3]! / 255;
    const y = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
    out[p] = Math.round(y * a + 255 * (1 - a));
  }
  return { width, height, data: out };
}

/**
 * Luma with bright red ink (seals, stamps) turned to paper: a seal printed over the seller's tax ID carries the same
 * ID in red, and OCR would read the two as one. Seal red is far redder than green with green and blue alike; the
 * red-brown of 数电 labels has green well above blue, and is kept.
 */
export function withoutSeals(image: RasterImage): GrayImage {
  const gray = toGray(image);
  const { data } = image;
  for (let i = 0, p = 0; p < gray.data.length; i += 4, p++) {
    const r = data[i]!;
    const g = data[i + 1]!;
    if (r - g > 100 && Math.abs(g - data[i + 2]!) < 40) gray.data[p] = 255;
  }
  return gray;
}

export function crop(image: GrayImage, rect: Rect): GrayImage {
  const x0 = Math.max(0, Math.floor(rect.x));
  const y0 = Math.max(0, Math.floor(rect.y));
  const x1 = Math.min(image.width, Math.ceil(rect.x + rect.w));
  const y1 = Math.min(image.height, Math.ceil(rect.y + rect.h));
  const width = Math.max(0, x1 - x0);
  const height = Math.max(0, y1 - y0);
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) out.set(image.data.subarray((y0 + y) * image.width + x0, (y0 + y) * image.width + x0 + width), y * width);
  return { width, height, data: out };
}

/** Bilinear resampling; used to bring text to the height OCR reads best and to shrink huge photos. */
export function scale(image: GrayImage, factor: number): GrayImage {
  const width = Math.max(1, Math.round(image.width * factor));
  const height = Math.max(1, Math.round(image.height * factor));
  const out = new Uint8Array(width * height);
  const sx = image.width / width;
  const sy = image.height / height;
  for (let y = 0; y < height; y++) {
    const fy = Math.min(image.height - 1, Math.max(0, (y + 0.5) * sy - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(image.height - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(image.width - 1, Math.max(0, (x + 0.5) * sx - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(image.width - 1, x0 + 1);
      const wx = fx - x0;
      const d = image.data;
      const top = d[y0 * image.width + x0]! * (1 - wx) + d[y0 * image.width + x1]! * wx;
      const bottom = d[y1 * image.width + x0]! * (1 - wx) + d[y1 * image.width + x1]! * wx;
      out[y * width + x] = Math.round(top * (1 - wy) + bottom * wy);
    }
  }
  return { width, height, data: out };
}

/** Area-averaging shrink by an integer factor: keeps thin strokes that bilinear sampling would skip. */
export function shrink(image: GrayImage, factor: number): GrayImage {
  if (factor <= 1) return image;
  const width = Math.floor(image.width / factor);
  const height = Math.floor(image.height / factor);
  const out = new Uint8Array(width * height);
  const n = factor * factor;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy++) {
        const row = (y * factor + dy) * image.width + x * factor;
        for (let dx = 0; dx < factor; dx++) sum += image.data[row + dx]!;
      }
      out[y * width + x] = Math.round(sum / n);
    }
  }
  return { width, height, data: out };
}
