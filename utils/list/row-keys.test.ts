import { describe, expect, it } from 'vitest';
import { movedRow } from './row-keys';

describe('movedRow', () => {
  it.each([
    ['ArrowDown', 5, 6],
    ['ArrowUp', 5, 4],
    ['ArrowDown', 99, 99],
    ['ArrowUp', 0, 0],
    ['PageDown', 5, 14],
    ['PageUp', 14, 5],
    ['PageDown', 95, 99],
    ['PageUp', 3, 0],
    ['Home', 50, 0],
    ['End', 50, 99],
    ['Enter', 50, null],
    ['a', 50, null],
  ] as const)('%s from row %i → %s', (key, from, to) => {
    // 100 rows, ten shown at once: a page keeps one row in view.
    expect(movedRow(key, from, 100, 10)).toBe(to);
  });

  it('moves nowhere in an empty list, and a page is at least one row', () => {
    expect(movedRow('ArrowDown', 0, 0, 10)).toBeNull();
    expect(movedRow('PageDown', 0, 5, 1)).toBe(1);
  });
});
