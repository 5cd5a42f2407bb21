import type { GrayImage } from '../raster';

/** Rotates by `degrees` (counter-clockwise positive) about the centre, keeping the size; corners fill with white. */
export function rotate(image: GrayImage, degrees: number): GrayImage {
  const { width, height, data } = image;
  const out = new Uint8Array(width * height).fill(255);
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    for (let x = 0; x < width; x++) {
      const dx = x - cx;
      const sx = cos * dx - sin * dy + cx;
      const sy = sin * dx + cos * dy + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= width - 1 || y0 >= height - 1) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * width + x0;
      const top = data[i]! * (1 - fx) + data[i + 1]! * fx;
      const bottom = data[i + width]! * (1 - fx) + data[i + width + 1]! * fx;
      out[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, data: out };
}

/**
 * The skew of text lines, from the angle at which the rows of ink line up best (the horizontal projection of ink
 * pixels is most uneven). `ink` is a small binary picture, 0 = ink.
 */
export function estimateSkew(ink: GrayImage, maxDegrees = 10): number {
  const points: Array<[number, number]> = [];
  for (let y = 0; y < ink.height; y++) for (let x = 0; x < ink.width; x++) if (ink.data[y * ink.width + x] === 0) points.push([x, y]);
  if (points.length < 50) return 0;
  const score = (degrees: number) => {
    const t = Math.tan((degrees * Math.PI) / 180);
    const rows = new Map<number, number>();
    for (const [x, y] of points) {
      const r = Math.round(y - x * t);
      rows.set(r, (rows.get(r) ?? 0) + 1);
    }
    let s = 0;
    for (const c of rows.values()) s += c * c;
    return s;
  };
  let best = 0;
  let bestScore = -1;
  for (let d = -maxDegrees; d <= maxDegrees; d += 0.5) {
    const s = score(d);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  for (let d = best - 0.4; d <= best + 0.4; d += 0.1) {
    const s = score(d);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  return Math.round(best * 10) / 10;
}

/** Quarter turns clockwise, exactly (no resampling): a sideways or upside-down scan put upright. */
export function turn(image: GrayImage, quarters: 0 | 1 | 2 | 3): GrayImage {
  if (quarters === 0) return image;
  const { width, height, data } = image;
  const odd = quarters % 2 === 1;
  const w = odd ? height : width;
  const h = odd ? width : height;
  const out = new Uint8Array(w * h);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [nx, ny] = quarters === 1 ? [height - 1 - y, x] : quarters === 2 ? [width - 1 - x, height - 1 - y] : [y, width - 1 - x];
      out[ny * w + nx] = data[y * width + x]!;
    }
  }
  return { width: w, height: h, data: out };
}
