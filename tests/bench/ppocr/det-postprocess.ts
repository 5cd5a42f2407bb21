/**
 * DB (differentiable binarisation) post-processing. PaddleOCR fits each kernel its own minimum-area rectangle; here
 * every box shares one angle, the page's skew, measured on the long kernels: invoices are flat documents turned, if
 * at all, as a whole, and a one-character kernel has no meaningful direction of its own.
 */
import type { OrientedRect } from './oriented-rect';

export interface DbOptions {
  /** Probability above which a pixel belongs to a text kernel. */
  threshold: number;
  /** Minimum mean probability inside a kernel's box; fainter kernels are noise. */
  boxThreshold: number;
  /** How far a kernel grows back to the full text line, as a multiple of area / perimeter. */
  unclipRatio: number;
  /** Shorter side (in map pixels) below which a box is dropped. */
  minSize: number;
}

/** PaddleOCR's inference defaults for PP-OCRv4 (det_db_thresh, det_db_box_thresh, det_db_unclip_ratio, min_size). */
export const DB_DEFAULTS: DbOptions = { threshold: 0.3, boxThreshold: 0.6, unclipRatio: 1.5, minSize: 3 };

/** Skew beyond this is not a slightly turned page but vertical text, and is left out of the estimate. */
const MAX_SKEW = (20 * Math.PI) / 180;
/** Variance along / across a kernel from which it counts as a text line: three times longer than thick. */
const LINE_ELONGATION = 9;

export interface Components {
  /** Pixel indices (y · width + x), each component's contiguous. */
  pixels: Int32Array;
  /** Each component's [start, end) range in `pixels`. */
  ranges: Array<readonly [number, number]>;
}

/** The 8-connected groups of non-zero pixels (OpenCV's findContours links diagonals too). */
export function connectedComponents(mask: Uint8Array, width: number, height: number): Components {
  const seen = new Uint8Array(mask.length);
  // Breadth-first queue that every pixel enters once, so it ends up listing each component's pixels in one run.
  const pixels = new Int32Array(mask.length);
  const ranges: Array<readonly [number, number]> = [];
  let tail = 0;
  for (let start = 0; start < mask.length; start++) {
    if (mask[start] === 0 || seen[start] === 1) continue;
    seen[start] = 1;
    const first = tail;
    pixels[tail++] = start;
    for (let head = first; head < tail; head++) {
      const p = pixels[head]!;
      const x = p % width;
      const y = (p - x) / width;
      for (let ny = Math.max(0, y - 1); ny <= Math.min(height - 1, y + 1); ny++) {
        for (let nx = Math.max(0, x - 1); nx <= Math.min(width - 1, x + 1); nx++) {
          const q = ny * width + nx;
          if (mask[q] !== 0 && seen[q] === 0) {
            seen[q] = 1;
            pixels[tail++] = q;
          }
        }
      }
    }
    ranges.push([first, tail]);
  }
  return { pixels, ranges };
}

/** Direction of a component's long axis (radians, within ±90°) from its second moments, and its elongation. */
function principalAxis(
  cc: Components,
  [start, end]: readonly [number, number],
  width: number,
): { angle: number; elongation: number } {
  let mx = 0;
  let my = 0;
  for (let i = start; i < end; i++) {
    const p = cc.pixels[i]!;
    mx += p % width;
    my += Math.floor(p / width);
  }
  const n = end - start;
  mx /= n;
  my /= n;
  let xx = 0;
  let yy = 0;
  let xy = 0;
  for (let i = start; i < end; i++) {
    const p = cc.pixels[i]!;
    const dx = (p % width) - mx;
    const dy = Math.floor(p / width) - my;
    xx += dx * dx;
    yy += dy * dy;
    xy += dx * dy;
  }
  const spread = Math.hypot((xx - yy) / 2, xy);
  const across = (xx + yy) / 2 - spread;
  const along = (xx + yy) / 2 + spread;
  return { angle: 0.5 * Math.atan2(2 * xy, xx - yy), elongation: across > 0 ? along / across : Infinity };
}

/** The page's skew: the median direction of the text-line kernels, weighted by their size; 0 without any. */
export function estimateSkew(cc: Components, width: number): number {
  const lines: Array<{ angle: number; weight: number }> = [];
  for (const range of cc.ranges) {
    const { angle, elongation } = principalAxis(cc, range, width);
    if (elongation >= LINE_ELONGATION && Math.abs(angle) <= MAX_SKEW) {
      lines.push({ angle, weight: range[1] - range[0] });
    }
  }
  lines.sort((a, b) => a.angle - b.angle);
  let remaining = lines.reduce((sum, l) => sum + l.weight, 0) / 2;
  for (const line of lines) {
    remaining -= line.weight;
    if (remaining <= 0) return line.angle;
  }
  return 0;
}

/**
 * Tightest rectangle at `angle` around a component. Sides are measured between outermost pixel centres, PaddleOCR's
 * convention, so that the unclip distance matches the one the model was trained against.
 */
function orientedBox(cc: Components, [start, end]: readonly [number, number], width: number, angle: number) {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  let minU = Infinity;
  let maxU = -Infinity;
  let minV = Infinity;
  let maxV = -Infinity;
  for (let i = start; i < end; i++) {
    const p = cc.pixels[i]!;
    const x = p % width;
    const y = (p - x) / width;
    const u = x * c + y * s;
    const v = -x * s + y * c;
    if (u < minU) minU = u;
    if (u > maxU) maxU = u;
    if (v < minV) minV = v;
    if (v > maxV) maxV = v;
  }
  const u = (minU + maxU) / 2;
  const v = (minV + maxV) / 2;
  return { cx: u * c - v * s, cy: u * s + v * c, w: maxU - minU, h: maxV - minV, angle };
}

/** Mean probability of the pixels whose centres lie in `r` (PaddleOCR's box score, with the polygon mask). */
function meanProbability(prob: ArrayLike<number>, width: number, height: number, r: OrientedRect): number {
  const c = Math.cos(r.angle);
  const s = Math.sin(r.angle);
  const halfW = r.w / 2 + 1e-6;
  const halfH = r.h / 2 + 1e-6;
  const reachX = Math.abs(halfW * c) + Math.abs(halfH * s);
  const reachY = Math.abs(halfW * s) + Math.abs(halfH * c);
  let sum = 0;
  let count = 0;
  for (let y = Math.max(0, Math.ceil(r.cy - reachY)); y <= Math.min(height - 1, r.cy + reachY); y++) {
    for (let x = Math.max(0, Math.ceil(r.cx - reachX)); x <= Math.min(width - 1, r.cx + reachX); x++) {
      const dx = x - r.cx;
      const dy = y - r.cy;
      if (Math.abs(dx * c + dy * s) <= halfW && Math.abs(-dx * s + dy * c) <= halfH) {
        sum += prob[y * width + x] ?? 0;
        count++;
      }
    }
  }
  return count === 0 ? 0 : sum / count;
}

export interface ScoredBox {
  rect: OrientedRect;
  score: number;
}

/** Text boxes in probability-map coordinates, grown from the shrunken kernels the model predicts. */
export function detectBoxes(
  prob: ArrayLike<number>,
  width: number,
  height: number,
  options: DbOptions = DB_DEFAULTS,
): ScoredBox[] {
  const mask = new Uint8Array(width * height);
  for (let i = 0; i < mask.length; i++) mask[i] = (prob[i] ?? 0) > options.threshold ? 1 : 0;
  const cc = connectedComponents(mask, width, height);
  const angle = estimateSkew(cc, width);
  const boxes: ScoredBox[] = [];
  for (const range of cc.ranges) {
    const kernel = orientedBox(cc, range, width, angle);
    const { w, h } = kernel;
    if (Math.min(w, h) < options.minSize) continue;
    const score = meanProbability(prob, width, height, kernel);
    if (score < options.boxThreshold) continue;
    // The offset pyclipper applies in DBPostProcess.unclip: area * ratio / perimeter.
    const d = (w * h * options.unclipRatio) / (2 * (w + h));
    if (Math.min(w, h) + 2 * d < options.minSize + 2) continue;
    boxes.push({ rect: { ...kernel, w: w + 2 * d, h: h + 2 * d }, score });
  }
  return boxes;
}
