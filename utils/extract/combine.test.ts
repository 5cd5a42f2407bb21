import { describe, expect, it } from 'vitest';
import { combineReadings } from './combine';
import type { Reading } from './types';

const r = (field: Reading['field'], value: string, source: Reading['source'], confidence = 1): Reading => ({ field, value, source, confidence });

describe('combineReadings', () => {
  it('takes the best source and keeps what the others said differently', () => {
    const { fields } = combineReadings([r('total', '¥1,130.00', 'ocr', 0.8), r('total', '1130', 'qr'), r('total', '1180.00', 'pdf-text')]);
    expect(fields.total).toEqual({ value: '1130.00', source: 'qr', confidence: 1, confirmed: true, conflicts: [{ value: '1180.00', source: 'pdf-text' }] });
  });

  it('is surer when two sources agree than either alone', () => {
    const { fields } = combineReadings([r('number', '2411 2000 0000 4854 2163', 'ocr', 0.6), r('number', '24112000000048542163', 'pdf-text', 0.5)]);
    expect(fields.number?.value).toBe('24112000000048542163');
    expect(fields.number?.confidence).toBeCloseTo(0.8);
  });

  it('does not count two readings of one source as a confirmation', () => {
    const { fields } = combineReadings([r('date', '2024年05月28日', 'ofd'), r('date', '2024-05-28', 'ofd')]);
    expect(fields.date).toMatchObject({ value: '2024-05-28', confirmed: false });
  });

  it('ignores blank readings and says where the invoice was found', () => {
    expect(combineReadings([r('buyerName', '  ', 'xml')], '第2页')).toEqual({ fields: {}, where: '第2页' });
  });
});
