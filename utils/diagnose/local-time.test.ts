import { describe, expect, it } from 'vitest';
import { CHINA_OFFSET_MINUTES, formatLocal } from './local-time';

describe('formatLocal', () => {
  it('shows the time in the given zone', () => expect(formatLocal(Date.UTC(2024, 5, 2, 0, 0), CHINA_OFFSET_MINUTES)).toBe('2024-06-02 08:00'));

  it.each([
    ['a forged 1e308', 1e308, CHINA_OFFSET_MINUTES],
    ['NaN', Number.NaN, CHINA_OFFSET_MINUTES],
    ['an absurd offset', Date.UTC(2024, 5, 2), 1e15],
    ['a NaN offset', Date.UTC(2024, 5, 2), Number.NaN],
    ['year 10000', Date.UTC(10_000, 0, 1), 0],
  ])('shows %s as no time instead of throwing', (_label, ms, offset) => expect(formatLocal(ms, offset)).toBe('—'));
});
