import { describe, expect, it } from 'vitest';
import type { GrayImage } from '../raster';
import { preparePage } from './prepare';
import { rotate, turn } from './rotate';

/** A white page with rows of black "text" bars, as an invoice looks to the eye from afar. */
function page(width: number, height: number, margin: number): GrayImage {
  const data = new Uint8Array(width * height).fill(255);
  for (let y = margin; y < height - margin; y += 24) {
    for (let dy = 0; dy < 8; dy++) for (let x = margin; x < width - margin; x++) if ((x >> 4) % 3 !== 0) data[(y + dy) * width + x] = 0;
  }
  return { width, height, data };
}

describe('preparePage', () => {
  it('cuts the white margins of a scan away', () => {
    const prepared = preparePage(page(1200, 900, 200)).image;
    expect(prepared.width).toBeLessThan(900);
    expect(prepared.height).toBeLessThan(600);
  });

  it('turns a slanted page level', () => {
    // Turned back by as much as it was turned.
    expect(preparePage(rotate(page(1200, 900, 150), -4)).skew).toBeCloseTo(4, 0);
    expect(preparePage(rotate(page(1200, 900, 150), 2.5)).skew).toBeCloseTo(-2.5, 0);
    expect(preparePage(page(1200, 900, 150)).skew).toBe(0);
  });
});

describe('turn', () => {
  it('turns a quarter at a time, exactly', () => {
    const image = { width: 3, height: 2, data: new Uint8Array([1, 2, 3, 4, 5, 6]) };
    expect(turn(image, 1)).toEqual({ width: 2, height: 3, data: new Uint8Array([4, 1, 5, 2, 6, 3]) });
    expect(turn(turn(image, 1), 3)).toEqual(image);
    expect(turn(image, 2).data).toEqual(new Uint8Array([6, 5, 4, 3, 2, 1]));
  });
});
