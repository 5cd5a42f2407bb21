import { describe, expect, it } from 'vitest';
import { normaliseCode, riskCodeFromText, statusCodeFromText, typeCodeFromText } from './portal-codes';

describe('normaliseCode', () => {
  it.each<[string | number, string | null]>([
    ['01', '01'],
    [1, '01'],
    ['82', '82'],
    [' ８１ ', '81'],
    ['', null],
    ['a1', null],
    [1.5, null],
    ['1234', null],
  ])('%j -> %s', (v, code) => expect(normaliseCode(v)).toBe(code));
});

describe('status, risk and type texts', () => {
  const read = { status: statusCodeFromText, risk: riskCodeFromText, type: typeCodeFromText };
  it.each<[keyof typeof read, string, string | null]>([
    ['status', '正常', '01'],
    ['status', '已作废', '02'],
    ['status', '已红冲-全额', '03'],
    ['status', '已红冲－部分', '04'],
    ['status', ' 部分红冲 ', '04'],
    ['status', '已红冲', null],
    ['status', '02', '02'],
    ['risk', '异常凭证', '02'],
    ['risk', '疑点发票', '03'],
    ['type', '数电发票（增值税专用发票）', '81'],
    ['type', '电子发票(普通发票)', '82'],
    ['type', '纸质发票（增值税专用发票）', '85'],
    ['type', '增值税电子普通发票', '10'],
    ['type', '增值税普通发票（卷式）', '11'],
    ['type', '电子发票（铁路电子客票）', '51'],
    ['type', '电子发票', null],
    ['type', '', null],
  ])('%s %j -> %s', (kind, text, code) => expect(read[kind](text)).toBe(code));
});
