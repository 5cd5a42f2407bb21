import type { GrayImage, Rect } from '../raster';
import { crop, shrink } from './gray';
import { estimateSkew, rotate } from './rotate';
import { otsuThreshold } from './threshold';

/** Side of the small copy that finds the paper, the printed area and the skew: enough for lines, cheap to scan. */
const OVERVIEW_SIDE = 800;

/** Per row, where the paper is: from the first to the last run of paper-bright pixels, when it is wide enough. */
function paperSpans(small: GrayImage, threshold: number): Array<[number, number] | null> {
  const run = 4;
  const spans: Array<[number, number] | null> = [];
  for (let y = 0; y < small.height; y++) {
    const row = small.data.subarray(y * small.width, (y + 1) * small.width);
    let left = -1;
    let right = -1;
    for (let x = 0, bright = 0; x < small.width; x++) {
      bright = row[x]! > threshold ? bright + 1 : 0;
      if (bright === run) {
        if (left < 0) left = x - run + 1;
        right = x;
      } else if (bright > run) {
        right = x;
      }
    }
    spans.push(left >= 0 && right - left > small.width * 0.3 ? [left, right] : null);
  }
  return spans;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(sorted.length * p)))] ?? 0;
}

/**
 * The printed area: ink inside the paper, ignoring the desk around a photographed sheet (its rows' bright spans)
 * and specks (the 0.3 % outermost ink pixels on each side). Also returns the ink as a small picture, for the skew.
 */
function inkBounds(small: GrayImage, threshold: number): { rect: Rect; ink: GrayImage } {
  const spans = paperSpans(small, threshold);
  const xs: number[] = [];
  const ys: number[] = [];
  const ink = new Uint8Array(small.data.length).fill(255);
  spans.forEach((span, y) => {
    if (!span) return;
    // A few pixels in from the paper's edge: its shadow and border are not print.
    const margin = Math.ceil(small.width * 0.006);
    for (let x = span[0] + margin; x <= span[1] - margin; x++) {
      if (small.data[y * small.width + x]! <= threshold) {
        xs.push(x);
        ys.push(y);
        ink[y * small.width + x] = 0;
      }
    }
  });
  const whole = { x: 0, y: 0, w: small.width, h: small.height };
  if (xs.length < 50) return { rect: whole, ink: { ...small, data: ink } };
  xs.sort((a, b) => a - b);
  ys.sort((a, b) => a - b);
  const x0 = percentile(xs, 0.003);
  const y0 = percentile(ys, 0.003);
  const rect = { x: x0, y: y0, w: percentile(xs, 0.997) - x0 + 1, h: percentile(ys, 0.997) - y0 + 1 };
  return { rect, ink: { ...small, data: ink } };
}

function grow(r: Rect, by: number, within: { width: number; height: number }): Rect {
  const x = Math.max(0, r.x - by);
  const y = Math.max(0, r.y - by);
  return { x, y, w: Math.min(within.width - x, r.w + 2 * by), h: Math.min(within.height - y, r.h + 2 * by) };
}

export interface PreparedPage {
  image: GrayImage;
  /** Degrees the page was turned back by. */
  skew: number;
}

/**
 * Turns a photo or scan into the upright printed area of the invoice: the paper is found on the desk, the white
 * margins of an A4 scan are cut away, and a slanted shot is turned level, so OCR reads lines, not diagonals.
 */
export function preparePage(page: GrayImage): PreparedPage {
  const factor = Math.max(1, Math.ceil(Math.max(page.width, page.height) / OVERVIEW_SIDE));
  const small = shrink(page, factor);
  const threshold = otsuThreshold(small);
  const { rect, ink } = inkBounds(small, threshold);
  const skew = estimateSkew(crop(ink, rect));
  const area = grow({ x: rect.x * factor, y: rect.y * factor, w: rect.w * factor, h: rect.h * factor }, 12 * factor, page);
  const cropped = crop(page, area);
  return { image: Math.abs(skew) >= 0.3 ? rotate(cropped, skew) : cropped, skew };
}
