import { describe, expect, it } from 'vitest';
import { chinaIsoDate, chinaIsoDateTime } from './china-time';

describe('China time', () => {
  it.each([
    [Date.UTC(2026, 10, 30, 15, 59, 59), '2026-11-30', '2026-11-30T23:59:59+08:00'],
    [Date.UTC(2026, 10, 30, 16, 0, 0), '2026-12-01', '2026-12-01T00:00:00+08:00'],
  ])('%s is %s, %s', (ms, date, dateTime) => {
    expect(chinaIsoDate(ms)).toBe(date);
    expect(chinaIsoDateTime(ms)).toBe(dateTime);
  });
});
