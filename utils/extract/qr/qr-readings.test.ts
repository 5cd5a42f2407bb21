import { describe, expect, it } from 'vitest';
import { looksLikeInvoiceQr, qrReadings } from './qr-readings';

const fieldsOf = (payload: string) => Object.fromEntries(qrReadings(payload).readings.map((r) => [r.field, r.value]));

describe('qrReadings', () => {
  it('reads a 数电 payload’s amount as 价税合计', () => {
    expect(fieldsOf('01,32,,24312000000136634917,0.01,20240514,,1DD6')).toMatchObject({ number: '24312000000136634917', total: '0.01', date: '2024-05-14', typeCode: '82' });
  });

  it('reads a legacy payload’s amount as the pre-tax 金额', () => {
    const fields = fieldsOf('01,20,052002100113,00008006,24519.05,20220505,18001801513030862041,88CD,');
    expect(fields).toMatchObject({ code: '052002100113', amount: '24519.05', checkCode: '18001801513030862041', typeCode: '08' });
    expect(fields.total).toBeUndefined();
  });

  it('uses nothing of a payload whose CRC fails, and says so', () => {
    const found = qrReadings('01,32,,24312000000136634917,0.02,20240514,,1DD6');
    expect(found.readings).toEqual([]);
    expect(found.problems[0]?.code).toBe('qr-crc-mismatch');
  });

  it.each([['https://example.com'], ['WIFI:S:x;;'], ['01,32,,1,2']])('tells %s from an invoice payload', (text) => {
    expect(looksLikeInvoiceQr(text)).toBe(text.startsWith('01,32'));
  });
});
