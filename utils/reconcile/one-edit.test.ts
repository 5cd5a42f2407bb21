import { describe, expect, it } from 'vitest';
import { digitsKey } from './digit-hash';
import { applyEdit, forEachOneEdit, type EditKind } from './one-edit';

function edits(typed: string, lengths: number[]) {
  const out: { hash: number; kind: EditKind; candidate: string }[] = [];
  forEachOneEdit(typed, new Set(lengths), (hash, kind, position, digit) => {
    out.push({ hash, kind, candidate: applyEdit(typed, { kind, position, digit }) });
  });
  return out;
}

describe('forEachOneEdit', () => {
  it.each([['24112000000123456789'], ['01100230011112345678'], ['00000000'], ['99887766554433221100']])(
    'hashes every candidate of %s exactly as digitsKey does',
    (typed) => {
      const all = edits(typed, [typed.length - 1, typed.length, typed.length + 1]);
      for (const e of all) expect(e.hash).toBe(digitsKey(e.candidate));
    },
  );

  it.each<[string, number[], Record<EditKind, number>]>([
    // n x 9 substitutions; unequal neighbour pairs; n x 9 + 10 distinct insertions; one removal per run of equal digits.
    ['24112000000123456789', [19, 20, 21], { substitution: 180, transposition: 13, deletion: 190, insertion: 14 }],
    ['24112000000123456789', [20], { substitution: 180, transposition: 13, deletion: 0, insertion: 0 }],
    ['1111', [3, 4, 5], { substitution: 36, transposition: 0, deletion: 46, insertion: 1 }],
  ])('visits each distinct candidate of %s once (lengths %j)', (typed, lengths, counts) => {
    const all = edits(typed, lengths);
    const byKind = { substitution: 0, transposition: 0, deletion: 0, insertion: 0 };
    for (const e of all) byKind[e.kind]++;
    expect(byKind).toEqual(counts);
    expect(new Set(all.map((e) => e.candidate)).size).toBe(all.length);
    expect(all.some((e) => e.candidate === typed)).toBe(false);
  });
});
