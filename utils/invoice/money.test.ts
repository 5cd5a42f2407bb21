import { describe, expect, it } from 'vitest';
import { addAmounts, amountsEqual, compareAmounts, fromFen, subtractAmounts, toFen } from './money';
import { prng } from './test-prng';

describe('toFen / fromFen', () => {
  it.each<[string, bigint]>([
    ['0.00', 0n],
    ['0.01', 1n],
    ['-0.01', -1n],
    ['1234.50', 123450n],
    ['-3.10', -310n],
    ['90071992547409.93', 9007199254740993n],
  ])('%s <-> %s fen', (amount, fen) => {
    expect(toFen(amount)).toBe(fen);
    expect(fromFen(fen)).toBe(amount);
  });

  it.each(['1.2', '01.00', '-0.00x', '¥1.00', '1,000.00'])('toFen refuses non-canonical %s', (s) =>
    expect(() => toFen(s)).toThrow(/canonical/),
  );

  it('round-trips random amounts exactly', () => {
    const rnd = prng(99);
    for (let i = 0; i < 3000; i++) {
      const fen = BigInt(rnd.int(2 ** 30)) * BigInt(rnd.int(2 ** 30)) * (rnd.next() < 0.5 ? -1n : 1n);
      const amount = fromFen(fen);
      expect(toFen(amount)).toBe(fen);
      expect(fromFen(toFen(amount))).toBe(amount);
    }
  });
});

describe('arithmetic', () => {
  it.each<[string[], string]>([
    [['0.10', '0.20'], '0.30'],
    [['0.10', '0.20', '-0.30'], '0.00'],
    [['99999999999999999.99', '0.01'], '100000000000000000.00'],
    [['-5.00', '2.50'], '-2.50'],
    [[], '0.00'],
  ])('addAmounts(%j) = %s', (amounts, sum) => expect(addAmounts(...amounts)).toBe(sum));

  it.each([
    ['1.00', '0.01', '0.99'],
    ['0.01', '1.00', '-0.99'],
    ['3.10', '3.10', '0.00'],
  ])('subtractAmounts(%s, %s) = %s', (a, b, d) => expect(subtractAmounts(a, b)).toBe(d));

  it.each<[string, string, -1 | 0 | 1]>([
    ['1.00', '0.99', 1],
    ['-1.00', '0.00', -1],
    ['10.00', '9.99', 1],
    ['2.00', '10.00', -1],
    ['5.50', '5.50', 0],
  ])('compareAmounts(%s, %s) = %i', (a, b, c) => {
    expect(compareAmounts(a, b)).toBe(c);
    expect(amountsEqual(a, b)).toBe(c === 0);
  });

  it('sums of many random amounts equal the BigInt sum', () => {
    const rnd = prng(2024);
    for (let round = 0; round < 200; round++) {
      const fens = Array.from({ length: 1 + rnd.int(60) }, () => BigInt(rnd.int(2 ** 31)) - 2n ** 30n);
      const expected = fens.reduce((a, b) => a + b, 0n);
      expect(toFen(addAmounts(...fens.map(fromFen)))).toBe(expected);
    }
  });
});
