import type { GrayImage } from '../raster';
import { otsuThreshold } from './threshold';

/**
 * The table's ruling lines whitened: a crop of one field often catches the cell borders above, below and beside it,
 * and OCR reads them as 1, l or |. A rule is a straight run of ink far longer than any character: most of the crop's
 * width, or its full height.
 */
export function eraseRules(image: GrayImage): GrayImage {
  const { width, height } = image;
  const threshold = otsuThreshold(image);
  const data = image.data.slice();
  const ink = (i: number) => image.data[i]! <= threshold;
  const minRow = Math.max(8, Math.floor(width * 0.5));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; ) {
      let end = x;
      while (end < width && ink(y * width + end)) end++;
      if (end - x >= minRow) for (let i = x; i < end; i++) data[y * width + i] = 255;
      x = end + 1;
    }
  }
  const minColumn = Math.max(8, Math.floor(height * 0.85));
  for (let x = 0; x < width; x++) {
    for (let y = 0; y < height; ) {
      let end = y;
      while (end < height && ink(end * width + x)) end++;
      if (end - y >= minColumn) for (let i = y; i < end; i++) data[i * width + x] = 255;
      y = end + 1;
    }
  }
  return { width, height, data };
}
