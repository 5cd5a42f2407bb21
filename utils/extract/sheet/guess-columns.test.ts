import { describe, expect, it } from 'vitest';
import { guessColumns } from './guess-columns';

describe('guessColumns', () => {
  it.each([
    [
      'a 数电 list: number, date, seller, seller ID, amount, tax, total',
      [
        ['24112000000012345678', '2024-02-19', '北京示例科技有限公司', '91110108MA01ABCD2X', '1,000.00', '60.00', '1,060.00'],
        ['24112000000012345679', '2024/02/20', '上海样例贸易有限公司', '91310000MA1FL8XQ30', '2,000.00', '120.00', '2,120.00'],
      ],
      { number: 0, date: 1, sellerName: 2, sellerTaxId: 3, total: 6, amount: 4, tax: 5 },
    ],
    [
      'a legacy list: code, 8-digit number, 年月日 date, one amount',
      [['011002300111', '00008006', '2024年2月19日', '530.00']],
      { code: 0, number: 1, date: 2, total: 3 },
    ],
    ['amount and total (close in size)', [['24112000000012345678', '1000.00', '1130.00']], { number: 0, total: 2, amount: 1 }],
    ['amount and tax (far apart)', [['24112000000012345678', '1000.00', '60.00']], { number: 0, amount: 1, tax: 2 }],
    ['two tax IDs: seller first, then buyer', [['24112000000012345678', '91110108MA01ABCD2X', '91110105MA02WXYZ3K']], { number: 0, sellerTaxId: 1, buyerTaxId: 2 }],
    ['a column of mixed kinds is no guess', [['24112000000012345678', '2024-02-19'], ['24112000000012345679', '1,060.00']], { number: 0 }],
    ['text only', [['你好', '世界']], {}],
  ])('%s', (_label, rows, guess) => {
    expect(guessColumns(rows, rows[0]!.length)).toEqual(guess);
  });
});
