import { describe, expect, it } from 'vitest';
import { sortReadingOrder } from './reading-order';

const at = (name: string, x: number, y: number, h = 20) => ({ name, box: { x, y, w: 50, h } });

describe('sortReadingOrder', () => {
  it('reads rows top to bottom and each row left to right, despite small vertical offsets', () => {
    const boxes = [
      at('r2c2', 300, 62),
      at('r1c2', 300, 8),
      at('r2c1', 10, 58),
      at('r1c1', 10, 12),
      at('r1c3', 600, 10),
    ];
    expect(sortReadingOrder(boxes).map((b) => b.name)).toEqual(['r1c1', 'r1c2', 'r1c3', 'r2c1', 'r2c2']);
  });

  it('starts a new row once a box is centred below the row', () => {
    const boxes = [at('low', 10, 25), at('high', 300, 0)];
    expect(sortReadingOrder(boxes).map((b) => b.name)).toEqual(['high', 'low']);
  });

  it('keeps a tall box with the row whose text sits beside it', () => {
    const boxes = [at('label', 300, 5), at('tall', 10, 0, 30)];
    expect(sortReadingOrder(boxes).map((b) => b.name)).toEqual(['tall', 'label']);
  });
});
