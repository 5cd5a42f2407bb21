import { describe, expect, it } from 'vitest';
import { type Components, connectedComponents, DB_DEFAULTS, detectBoxes, estimateSkew } from './det-postprocess';

/** Map from rows of characters: '.' is 0, a digit d is d/10, '#' is 1. */
function grid(rows: string[]): { data: Float32Array; width: number; height: number } {
  const width = rows[0]!.length;
  const data = new Float32Array(width * rows.length);
  rows.forEach((row, y) =>
    [...row].forEach((ch, x) => {
      data[y * width + x] = ch === '.' ? 0 : ch === '#' ? 1 : Number(ch) / 10;
    }),
  );
  return { data, width, height: rows.length };
}

function components(rows: string[]): { cc: Components; width: number } {
  const { data, width, height } = grid(rows);
  return { cc: connectedComponents(Uint8Array.from(data, (v) => (v > 0 ? 1 : 0)), width, height), width };
}

/** Inclusive pixel bounds of each component, to compare with a drawing. */
function boundsOf({ cc, width }: { cc: Components; width: number }) {
  return cc.ranges.map(([start, end]) => {
    const xs = [...cc.pixels.subarray(start, end)].map((p) => p % width);
    const ys = [...cc.pixels.subarray(start, end)].map((p) => Math.floor(p / width));
    const n = end - start;
    return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys), n };
  });
}

/** A filled bar `thickness` pixels across, drawn along a line at `degrees` through the middle of the map. */
function bar(width: number, height: number, length: number, thickness: number, degrees: number, p = 0.9) {
  const data = new Float32Array(width * height);
  const a = (degrees * Math.PI) / 180;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dx = x - width / 2;
      const dy = y - height / 2;
      const along = dx * Math.cos(a) + dy * Math.sin(a);
      const across = -dx * Math.sin(a) + dy * Math.cos(a);
      if (Math.abs(along) <= length / 2 && Math.abs(across) <= thickness / 2) data[y * width + x] = p;
    }
  }
  return data;
}

describe('connectedComponents', () => {
  it('finds nothing in an empty mask', () => {
    expect(components(['....', '....']).cc.ranges).toEqual([]);
  });

  it('lists every pixel of each separate group once', () => {
    const found = components([
      '##....', //
      '##...#',
      '.....#',
      '.###..',
    ]);
    expect(boundsOf(found)).toEqual([
      { minX: 0, minY: 0, maxX: 1, maxY: 1, n: 4 },
      { minX: 5, minY: 1, maxX: 5, maxY: 2, n: 2 },
      { minX: 1, minY: 3, maxX: 3, maxY: 3, n: 3 },
    ]);
  });

  it('joins pixels that touch only diagonally, as OpenCV contours do', () => {
    const found = components([
      '#...', //
      '.#..',
      '..#.',
      '...#',
    ]);
    expect(boundsOf(found)).toEqual([{ minX: 0, minY: 0, maxX: 3, maxY: 3, n: 4 }]);
  });

  it('follows a snake that turns back on itself', () => {
    const found = components([
      '#####', //
      '....#',
      '#####',
      '#....',
      '#####',
    ]);
    expect(boundsOf(found)).toEqual([{ minX: 0, minY: 0, maxX: 4, maxY: 4, n: 17 }]);
  });
});

describe('estimateSkew', () => {
  const skewOf = (data: Float32Array, width: number, height: number) =>
    (estimateSkew(connectedComponents(Uint8Array.from(data, (v) => (v > 0 ? 1 : 0)), width, height), width) * 180) /
    Math.PI;

  it('measures the direction of text-line kernels, clockwise positive', () => {
    expect(skewOf(bar(200, 100, 150, 6, 3), 200, 100)).toBeCloseTo(3, 0);
    expect(skewOf(bar(200, 100, 150, 6, -2), 200, 100)).toBeCloseTo(-2, 0);
  });

  it('ignores kernels too short to have a direction, and vertical ones', () => {
    expect(skewOf(bar(100, 100, 12, 8, 30), 100, 100)).toBe(0);
    expect(skewOf(bar(100, 100, 80, 6, 90), 100, 100)).toBe(0);
  });
});

describe('detectBoxes', () => {
  it('grows a confident kernel by area × 1.5 / perimeter on every side', () => {
    const line = '..' + '9'.repeat(21) + '..';
    const rows = Array.from({ length: 12 }, (_, y) => (y >= 3 && y <= 8 ? line : '.'.repeat(25)));
    const { data, width, height } = grid(rows);
    const boxes = detectBoxes(data, width, height);
    // Kernel from x 2..22, y 3..8: 20 × 5 between pixel centres, as PaddleOCR measures it.
    const d = (20 * 5 * 1.5) / (2 * 25);
    expect(boxes).toHaveLength(1);
    const { rect, score } = boxes[0]!;
    expect(score).toBeCloseTo(0.9);
    expect([rect.cx, rect.cy, rect.angle]).toEqual([12, 5.5, 0]);
    expect(rect.w).toBeCloseTo(20 + 2 * d);
    expect(rect.h).toBeCloseTo(5 + 2 * d);
  });

  it('turns boxes with the page, keeping a long skewed line whole and confident', () => {
    const boxes = detectBoxes(bar(300, 120, 240, 8, 4), 300, 120);
    expect(boxes).toHaveLength(1);
    const { rect, score } = boxes[0]!;
    expect((rect.angle * 180) / Math.PI).toBeCloseTo(4, 0);
    expect(rect.cx).toBeCloseTo(150, 0);
    expect(rect.cy).toBeCloseTo(60, 0);
    // Unclipped by about 5.6 px on each side of a 240 × 8 kernel.
    expect(rect.w).toBeGreaterThan(248);
    expect(rect.w).toBeLessThan(254);
    expect(rect.h).toBeGreaterThan(16);
    expect(rect.h).toBeLessThan(20);
    expect(score).toBeGreaterThan(0.85);
  });

  it('drops kernels whose mean probability is under the box threshold', () => {
    // Above the 0.3 pixel threshold everywhere, but 0.5 on average.
    const { data, width, height } = grid(['........', '.555555.', '.555555.', '.555555.', '.555555.', '........']);
    expect(detectBoxes(data, width, height)).toEqual([]);
    expect(detectBoxes(data, width, height, { ...DB_DEFAULTS, boxThreshold: 0.4 })).toHaveLength(1);
  });

  it('drops kernels thinner than the minimum size', () => {
    // Three rows of pixels are only 2 apart between centres.
    const { data, width, height } = grid(['..........', '.########.', '.########.', '.########.', '..........']);
    expect(detectBoxes(data, width, height)).toEqual([]);
  });

  it('scores each kernel on its own box', () => {
    const { data, width, height } = grid([
      '##########.....', //
      '##########.....',
      '##########.4444',
      '##########.4444',
      '...........4444',
      '...........4444',
    ]);
    const boxes = detectBoxes(data, width, height);
    expect(boxes.map((b) => b.score)).toEqual([1]);
  });
});
