import { describe, expect, it } from 'vitest';
import { clip, fitText, textLength, type TextList } from './text-budget';

const list = (n: number, width: number, max = 10): TextList => ({
  lines: Array.from({ length: n }, (_, i) => `${i}`.padEnd(width, '字')),
  max,
  more: (left) => `+${left}`,
});

describe('text budget', () => {
  it.each([
    ['ascii', 'abc', 3],
    ['CJK', '发票守望', 4],
    ['astral', '𠀀a', 2],
  ])('counts %s characters one each', (_name, s, n) => {
    expect(textLength(s)).toBe(n);
  });

  it.each([
    ['fits', '发票守望', 4, '发票守望'],
    ['cut with an ellipsis within the length', '发票守望', 3, '发票…'],
  ])('clip: %s', (_name, s, max, out) => {
    expect(clip(s, max)).toBe(out);
  });

  it('shows at most max lines of a list and counts the rest', () => {
    expect(fitText(['head', list(4, 1, 2)], 1000)).toBe('head\n0\n1\n+2');
  });

  it('takes lines from the fuller list until the text fits', () => {
    const a = list(5, 10);
    const b = list(2, 10);
    // 78 characters in full; a loses two lines (and gains "+2") to reach 59.
    expect(fitText(['h', a, b], 60).split('\n')).toEqual(['h', ...a.lines.slice(0, 3), '+2', ...b.lines]);
  });

  it('clips as a last resort when the fixed lines alone are too long', () => {
    expect(textLength(fitText(['字'.repeat(50), list(3, 5)], 20))).toBe(20);
  });
});
