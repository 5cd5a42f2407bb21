import { describe, expect, it } from 'vitest';
import { ctcGreedyDecode, parseDictionary } from './ctc-decode';

describe('parseDictionary', () => {
  it('puts the blank first and the space last', () => {
    expect(parseDictionary('a\nb\n')).toEqual(['', 'a', 'b', ' ']);
  });

  it('keeps a last line without newline and strips CRLF', () => {
    expect(parseDictionary('a\r\nb')).toEqual(['', 'a', 'b', ' ']);
  });
});

const LABELS = ['', 'a', 'b', ' '];

/** Softmax rows where the named class wins with probability p and the rest share what is left. */
function rows(steps: Array<[number, number]>): number[] {
  return steps.flatMap(([best, p]) => LABELS.map((_, c) => (c === best ? p : (1 - p) / (LABELS.length - 1))));
}

describe('ctcGreedyDecode', () => {
  it('merges repeats, drops blanks and averages the kept characters', () => {
    const probs = rows([
      [1, 0.9],
      [1, 0.5],
      [0, 0.99],
      [1, 0.7],
      [3, 0.8],
      [2, 0.6],
      [2, 0.6],
    ]);
    const decoded = ctcGreedyDecode(probs, 0, 7, LABELS);
    expect(decoded.text).toBe('aa b');
    // The first step of each run counts, as in PaddleOCR.
    expect(decoded.confidence).toBeCloseTo((0.9 + 0.7 + 0.8 + 0.6) / 4);
  });

  it('reads one sequence of a batch from its offset', () => {
    const probs = [...rows([[1, 0.9]]), ...rows([[2, 0.8]])];
    expect(ctcGreedyDecode(probs, LABELS.length, 1, LABELS)).toEqual({ text: 'b', confidence: 0.8 });
  });

  it('gives empty text and zero confidence when every step is blank', () => {
    expect(ctcGreedyDecode(rows([[0, 0.9], [0, 0.8]]), 0, 2, LABELS)).toEqual({ text: '', confidence: 0 });
  });
});
