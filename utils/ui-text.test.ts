import { describe, expect, it } from 'vitest';
import { formatChinaTime, pickLanguage, say } from './ui-text';

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
});
