import { describe, expect, it } from 'vitest';
import type { Visibility } from '../reconcile/types';
import { anExpected } from '../reconcile/test-fixtures';
import { barHeights, groupThousands, monthRange, monthStrip } from './month-strip';

function row(date: string, total: string, status: Visibility = 'missing') {
  return { invoice: anExpected({ key: `${date}-${total}`, date, total }), status };
}

describe('monthStrip', () => {
  it('counts each month’s invoices, and as visible those seen with or without a problem', () => {
    const bars = monthStrip([
      row('2024-05-02', '1.00', 'visible'),
      row('2024-05-31', '2.00', 'visible-with-problem'),
      row('2024-05-10', '4.00', 'missing'),
      row('2024-05-11', '8.00', 'not-yet-searched'),
      row('2024-04-30', '16.00', 'visible'),
    ]);
    expect(bars).toEqual([
      { month: '2024-04', from: '2024-04-01', to: '2024-04-30', expected: 1, visible: 1, expectedAmount: '16.00', visibleAmount: '16.00' },
      { month: '2024-05', from: '2024-05-01', to: '2024-05-31', expected: 4, visible: 2, expectedAmount: '15.00', visibleAmount: '3.00' },
    ]);
  });

  it('sums amounts exactly, where floating point would drift', () => {
    // 0.1 + 0.2 and a thousand times 0.01 are not exact in floating point; the strip's fen sums are.
    const cents = Array.from({ length: 1000 }, () => row('2024-05-01', '0.01', 'visible'));
    const [bar] = monthStrip([row('2024-05-01', '0.10'), row('2024-05-01', '0.20'), ...cents]);
    expect(bar).toMatchObject({ expectedAmount: '10.30', visibleAmount: '10.00' });
    const [big] = monthStrip([row('2024-05-01', '9007199254740993.01'), row('2024-05-01', '0.02')]);
    expect(big?.expectedAmount).toBe('9007199254740993.03');
  });

  it('nets red invoices (negative totals) into their month', () => {
    expect(monthStrip([row('2024-05-01', '100.00', 'visible'), row('2024-05-02', '-30.50', 'visible')])[0]).toMatchObject({ expectedAmount: '69.50', visibleAmount: '69.50' });
  });

  it('keeps the latest twelve months that have invoices, oldest first, skipping empty months', () => {
    const dates = ['2023-01-15', '2023-03-15', '2023-04-15', '2023-06-15', '2023-07-15', '2023-08-15', '2023-09-15', '2023-10-15', '2023-11-15', '2023-12-15', '2024-01-15', '2024-02-15', '2024-03-15'];
    const months = monthStrip(dates.map((d) => row(d, '1.00')).reverse()).map((b) => b.month);
    expect(months).toEqual(['2023-03', '2023-04', '2023-06', '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03']);
  });

  it('is empty without invoices', () => {
    expect(monthStrip([])).toEqual([]);
  });
});

describe('monthRange', () => {
  it.each([
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['2024-04', '2024-04-30'],
    ['2024-12', '2024-12-31'],
  ])('%s ends on %s', (month, to) => {
    expect(monthRange(month)).toEqual({ from: `${month}-01`, to });
  });
});

describe('barHeights', () => {
  const bars = monthStrip([row('2024-04-01', '300.00', 'visible'), row('2024-05-01', '50.00', 'visible'), row('2024-05-02', '50.00'), row('2024-05-03', '50.00')]);

  it('scales counts to the busiest month', () => {
    expect(barHeights(bars, 'count')).toEqual([
      { expected: 1 / 3, visible: 1 / 3 },
      { expected: 1, visible: 1 / 3 },
    ]);
  });

  it('scales amounts to the largest month’s total', () => {
    expect(barHeights(bars, 'amount')).toEqual([
      { expected: 1, visible: 1 },
      { expected: 0.5, visible: 1 / 6 },
    ]);
  });

  it('draws nothing below zero', () => {
    expect(barHeights(monthStrip([row('2024-05-01', '-5.00')]), 'amount')).toEqual([{ expected: 0, visible: 0 }]);
  });
});

describe('groupThousands', () => {
  it.each([
    ['0.00', '0.00'],
    ['999.99', '999.99'],
    ['1234.50', '1,234.50'],
    ['-1234567.00', '-1,234,567.00'],
  ])('%s → %s', (amount, grouped) => {
    expect(groupThousands(amount)).toBe(grouped);
  });
});
