import { describe, expect, it } from 'vitest';
import { AMOUNT_RE } from './model';

describe('AMOUNT_RE', () => {
  it.each(['0.00', '12.30', '-5.10', '100000.01'])('accepts %s', (s) => expect(AMOUNT_RE.test(s)).toBe(true));
  it.each(['01.00', '1.2', '1', '1,000.00', '¥1.00'])('rejects %s', (s) => expect(AMOUNT_RE.test(s)).toBe(false));
});
