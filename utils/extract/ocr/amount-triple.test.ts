import { describe, expect, it } from 'vitest';
import { chooseAmounts, reconcileAmounts } from './amount-triple';

const read = (value: string, exact = false) => ({ value, valid: true, exact });

describe('chooseAmounts', () => {
  it('picks the readings that add up, however the others were misread', () => {
    expect(chooseAmounts({ total: ['211.00', '1211.00'], amount: ['142.45', '1142.45'], tax: ['868.55', '68.55'] }, {})).toEqual({ total: '1211.00', amount: '1142.45', tax: '68.55' });
  });

  it('lets the reading most looks agree on win when two sums fit, and holds the QR value fixed', () => {
    const readings = { total: ['306.96', '306.96', '1306.96', '1306.96', '1306.96'], amount: ['156.60', '1156.60', '1156.60'], tax: ['150.36'] };
    expect(chooseAmounts(readings, {})).toEqual({ total: '1306.96', amount: '1156.60', tax: '150.36' });
    expect(chooseAmounts({ total: ['306.96'], tax: ['150.36'] }, { amount: '156.60' })).toEqual({ total: '306.96', amount: '156.60', tax: '150.36' });
  });

  it('gives nothing when no three add up', () => {
    expect(chooseAmounts({ total: ['100.00'], amount: ['90.00'], tax: ['9.00'] }, {})).toBeNull();
  });
});

describe('reconcileAmounts', () => {
  it('solves the missing amount from the other two', () => {
    expect(reconcileAmounts({ amount: read('94400.95'), tax: read('5664.05') })).toEqual({ corrected: { total: '100065.00' }, agree: true });
  });

  it('corrects the one amount that lost its first digit to ¥', () => {
    expect(reconcileAmounts({ total: read('45257.00'), amount: read('137034.91', true), tax: read('8222.09') })).toEqual({ corrected: { total: '145257.00' }, agree: true });
  });

  it('corrects nothing when either of two amounts could be the misread one', () => {
    expect(reconcileAmounts({ total: read('145257.00'), amount: read('37034.91'), tax: read('8222.09') }).corrected).toEqual({});
  });
});
