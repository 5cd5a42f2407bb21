import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zip } from './sync-zip';

describe('the zip write-excel-file is given', () => {
  it.each([['with options', { level: 6 } as const], ['without', undefined]])('answers before it returns, %s: no worker was started', (_, opts) => {
    const big = strToU8('发票'.repeat(200_000));
    let archive: Uint8Array | null = null;
    const done = (error: unknown, data: Uint8Array) => {
      expect(error).toBeNull();
      archive = data;
    };
    if (opts) zip({ 'xl/sheet1.xml': big }, opts, done);
    else zip({ 'xl/sheet1.xml': big }, done);
    expect(archive).not.toBeNull();
    expect(strFromU8(unzipSync(archive!)['xl/sheet1.xml']!)).toBe('发票'.repeat(200_000));
  });
});
