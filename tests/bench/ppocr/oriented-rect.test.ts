import { describe, expect, it } from 'vitest';
import { bounds, cropFrame, type Frame, scaleOriented, unskewed } from './oriented-rect';

const DEG = Math.PI / 180;

/** Frame fields in order, rounded so that -0 and float noise do not matter. */
const fields = (f: Frame) => [f.x, f.y, f.ux, f.uy, f.vx, f.vy].map((n) => Math.round(n * 1e6) / 1e6 + 0);

describe('cropFrame', () => {
  const upright = { cx: 60, cy: 30, w: 100, h: 20, angle: 0 };

  it('reads an upright box from its top-left corner along its length', () => {
    expect(fields(cropFrame(upright, false))).toEqual([10, 20, 100, 0, 0, 20]);
  });

  it('turns a crop counter-clockwise: from the top-right corner, down the right edge', () => {
    expect(fields(cropFrame(upright, true))).toEqual([110, 20, 0, 20, -100, 0]);
  });

  it('follows the box when it is turned', () => {
    // Turned a quarter clockwise on screen, its length runs down the page.
    expect(fields(cropFrame({ ...upright, angle: 90 * DEG }, false))).toEqual([70, -20, 0, 100, -20, 0]);
  });
});

describe('bounds', () => {
  it('holds the turned box and stays inside the image', () => {
    const diamond = { cx: 50, cy: 50, w: 20, h: 20, angle: 45 * DEG };
    expect(bounds(diamond, 1000, 1000)).toEqual({ x: 36, y: 36, w: 28, h: 28 });
    expect(bounds({ cx: 5, cy: 5, w: 20, h: 20, angle: 0 }, 12, 1000)).toEqual({ x: 0, y: 0, w: 12, h: 15 });
  });
});

describe('scaleOriented', () => {
  it('scales an upright box side by side', () => {
    const r = { cx: 10, cy: 10, w: 8, h: 4, angle: 0 };
    expect(scaleOriented(r, 2, 3)).toEqual({ cx: 20, cy: 30, w: 16, h: 12, angle: 0 });
  });

  it('keeps the angle under an even scale', () => {
    const r = scaleOriented({ cx: 10, cy: 10, w: 8, h: 4, angle: 5 * DEG }, 3, 3);
    expect(r.angle).toBeCloseTo(5 * DEG);
    expect(r.w).toBeCloseTo(24);
    expect(r.h).toBeCloseTo(12);
  });
});

describe('unskewed', () => {
  it('levels boxes on one skewed row', () => {
    const a = 3 * DEG;
    const along = (d: number) => ({ cx: 100 + d * Math.cos(a), cy: 200 + d * Math.sin(a), w: 50, h: 20, angle: a });
    expect(unskewed(along(0)).y).toBeCloseTo(unskewed(along(900)).y);
  });
});
