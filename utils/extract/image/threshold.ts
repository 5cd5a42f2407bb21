import type { GrayImage } from '../raster';

/** Otsu's threshold: the grey level that best splits the histogram into ink and paper. */
export function otsuThreshold(image: GrayImage): number {
  const hist = new Array<number>(256).fill(0);
  for (const v of image.data) hist[v]!++;
  const total = image.data.length;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * hist[i]!;
  let sumBack = 0;
  let weightBack = 0;
  let best = 0;
  let threshold = 127;
  for (let t = 0; t < 256; t++) {
    weightBack += hist[t]!;
    if (weightBack === 0) continue;
    const weightFore = total - weightBack;
    if (weightFore === 0) break;
    sumBack += t * hist[t]!;
    const meanBack = sumBack / weightBack;
    const meanFore = (sum - sumBack) / weightFore;
    const between = weightBack * weightFore * (meanBack - meanFore) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/** Pure black on white at the threshold: a second look for OCR when grey strokes were misread. */
export function binarize(image: GrayImage, threshold = otsuThreshold(image)): GrayImage {
  const data = new Uint8Array(image.data.length);
  for (let i = 0; i < data.length; i++) data[i] = image.data[i]! <= threshold ? 0 : 255;
  return { width: image.width, height: image.height, data };
}

/**
 * Stretches the darkest and lightest percent of pixels to black and white: photos under uneven light and faded
 * scans come out with the contrast OCR expects.
 */
export function stretchContrast(image: GrayImage): GrayImage {
  const hist = new Array<number>(256).fill(0);
  for (const v of image.data) hist[v]!++;
  const cut = image.data.length * 0.01;
  let lo = 0;
  for (let acc = 0; lo < 255 && (acc += hist[lo]!) < cut; ) lo++;
  let hi = 255;
  for (let acc = 0; hi > 0 && (acc += hist[hi]!) < cut; ) hi--;
  if (hi - lo < 16) return image;
  const data = new Uint8Array(image.data.length);
  const k = 255 / (hi - lo);
  for (let i = 0; i < data.length; i++) data[i] = Math.max(0, Math.min(255, Math.round((image.data[i]! - lo) * k)));
  return { width: image.width, height: image.height, data };
}
