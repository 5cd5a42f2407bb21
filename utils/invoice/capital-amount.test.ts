import { describe, expect, it } from 'vitest';
import { amountInWords } from '../../tests/corpus/capital';
import { parseCapitalAmount } from './capital-amount';
import { prng } from './test-prng';

describe('parseCapitalAmount', () => {
  it.each([
    ['壹仟叁佰零陆圆玖角陆分', '1306.96'],
    ['壹拾壹万伍仟壹佰陆拾玖圆整', '115169.00'],
    ['⊗ 贰佰伍拾圆整', '250.00'],
    ['拾万圆整', '100000.00'],
    ['壹亿零伍拾万圆整', '100500000.00'],
    ['伍角', '0.50'],
    ['壹圆零伍分', '1.05'],
    ['负壹佰圆整', '-100.00'],
    ['壹仟元正', '1000.00'],
  ])('reads %s as %s', (text, amount) => {
    expect(parseCapitalAmount(text)).toBe(amount);
  });

  it.each([['壹贰圆'], ['圆整'], ['伍拾'], ['']])('refuses %s', (text) => {
    expect(parseCapitalAmount(text)).toBeNull();
  });

  it('reads back every amount the invoices print in words', () => {
    const rand = prng(7);
    for (let i = 0; i < 2000; i++) {
      const fen = BigInt(Math.floor(rand.next() * 10 ** (1 + rand.int(11)))) + 1n;
      const amount = `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
      expect(parseCapitalAmount(amountInWords(fen))).toBe(amount);
    }
  });
});
