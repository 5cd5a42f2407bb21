import { describe, expect, it } from 'vitest';
import { formatChinaTime, NO_TIME, pickLanguage, say } from './ui-text';

describe('pickLanguage', () => {
  it.each([
    ['zh-CN', 'zh'],
    ['zh-TW', 'zh'],
    [undefined, 'zh'],
    ['en-US', 'en'],
    ['de', 'en'],
  ] as const)('%s -> %s', (ui, lang) => expect(pickLanguage(ui)).toBe(lang));
});

describe('say', () => {
  it('falls back to Chinese when the English text is empty', () => expect(say({ zh: '中', en: '' }, 'en')).toBe('中'));
  it('uses the requested language', () => expect(say({ zh: '中', en: 'E' }, 'en')).toBe('E'));
});

describe('formatChinaTime', () => {
  it.each([
    [Date.UTC(2026, 10, 22, 16, 0), '2026-11-23 00:00'],
    [Date.UTC(2026, 10, 23, 1, 30), '2026-11-23 09:30'],
  ])('%i -> %s', (ms, text) => expect(formatChinaTime(ms)).toBe(text));

  it.each([
    ['a forged 1e308', 1e308],
    ['past the last Date', 8.64e15],
    ['-Infinity', -Infinity],
    ['NaN', Number.NaN],
    ['year 10000', Date.UTC(10_000, 0, 1)],
    ['before year 0', Date.UTC(-1, 0, 1)],
  ])('shows %s as no time instead of throwing', (_label, ms) => expect(formatChinaTime(ms)).toBe(NO_TIME));

  it('still shows the first and last four-digit years', () => {
    expect(formatChinaTime(Date.parse('0000-01-01T00:00:00Z') - 8 * 3_600_000)).toBe('0000-01-01 00:00');
    expect(formatChinaTime(Date.UTC(9999, 11, 31, 15, 59))).toBe('9999-12-31 23:59');
  });
});
