import { describe, expect, it } from 'vitest';
import { chinaIsoDate } from '../invoice/china-time';
import { visibleFrom } from './visibility';

const chinaTime = (y: number, m: number, d: number, h: number) => Date.UTC(y, m - 1, d, h - 8);

describe('visibleFrom: 00:00 China time the day after issue, two days for 数电 paper invoices', () => {
  it.each<[string, string, string | undefined, number]>([
    ['e-invoice', '2024-05-20', undefined, chinaTime(2024, 5, 21, 0)],
    ['数电专票 81', '2024-05-20', '81', chinaTime(2024, 5, 21, 0)],
    ['数电纸质专票 85', '2024-05-20', '85', chinaTime(2024, 5, 22, 0)],
    ['数电纸质普票 86', '2024-05-20', '86', chinaTime(2024, 5, 22, 0)],
    ['month end', '2024-05-31', undefined, chinaTime(2024, 6, 1, 0)],
    ['leap day', '2024-02-28', '86', chinaTime(2024, 3, 1, 0)],
    ['year end', '2024-12-31', undefined, chinaTime(2025, 1, 1, 0)],
  ])('%s %s', (_name, date, typeCode, at) => {
    expect(visibleFrom({ date, ...(typeCode ? { typeCode } : {}) })).toBe(at);
  });
});

describe('chinaIsoDate', () => {
  it.each<[number, string]>([
    [chinaTime(2024, 6, 1, 0), '2024-06-01'],
    [chinaTime(2024, 6, 1, 0) - 1, '2024-05-31'],
    [Date.UTC(2024, 4, 31, 20), '2024-06-01'],
  ])('%i -> %s', (ms, date) => {
    expect(chinaIsoDate(ms)).toBe(date);
  });
});
