import { describe, expect, it } from 'vitest';
import {
  checkLegacyCode,
  checkLegacyNumber,
  checkShudianNumber,
  classifyNumberInput,
  invoiceKey,
  parseKey,
  type NumberSuggestion,
} from './numbers';
import { provinceName } from './provinces';

const codes = (ps: { code: string }[]) => ps.map((p) => p.code);

describe('invoiceKey / parseKey', () => {
  it.each<[string, string | undefined, string]>([
    ['24312000000136634917', undefined, '24312000000136634917'],
    ['00008006', '052002100113', '052002100113-00008006'],
    ['12345678', '4400231130', '4400231130-12345678'],
  ])('%s + %s <-> %s', (number, code, key) => {
    expect(invoiceKey(number, code)).toBe(key);
    expect(parseKey(key)).toEqual(code ? { number, code } : { number });
  });

  it.each(['', '2431200000013663491', '052002100113-0000800', '05200210011-00008006', '052002100113_00008006', 'x'])(
    'parseKey rejects %j',
    (key) => expect(parseKey(key)).toBeNull(),
  );
});

describe('provinceName', () => {
  it.each([
    ['11', '北京'],
    ['31', '上海'],
    ['44', '广东'],
    ['65', '新疆'],
    ['02', undefined],
    ['71', undefined],
    ['toString', undefined],
  ])('%s -> %s', (code, name) => expect(provinceName(code)).toBe(name));
});

describe('checkShudianNumber', () => {
  it.each<[string, string | undefined, string[]]>([
    ['24312000000136634917', '2024-05-14', []],
    ['23442000000014209621', '2023-02-15', []],
    ['24312000000136634917', undefined, []],
    ['24312000000136634917', '2023-12-31', ['number-year-mismatch']],
    ['24022000000136634917', '2024-05-14', ['number-province-unknown']],
    ['25992000000136634917', '2024-05-14', ['number-year-mismatch', 'number-province-unknown']],
    ['2431200000013663491', '2024-05-14', ['number-length']],
    ['243120000001366349170', undefined, ['number-length']],
    ['2431200000013663491O', '2024-05-14', ['number-not-digits']],
  ])('%s dated %s -> %j', (number, date, expected) => expect(codes(checkShudianNumber(number, date))).toEqual(expected));

  it('names the digits and the expected year', () => {
    const [p] = checkShudianNumber('24312000000136634917', '2023-12-31');
    expect(p?.zh).toContain('「24」');
    expect(p?.zh).toContain('「23」');
    expect(p?.en).toContain("expected '23'");
  });

  it('names the position of a non-digit', () => {
    const [p] = checkShudianNumber('2431200000013663491O', '2024-05-14');
    expect(p?.zh).toContain('第20位是「O」');
  });
});

describe('checkLegacyCode', () => {
  it.each<[string, string | undefined, string[]]>([
    ['052002100113', '2022-05-05', []],
    ['052002100113', '2021-01-01', []],
    ['052002100113', undefined, []],
    ['011002300111', '2023-08-01', []],
    ['011002300104', '2023-08-01', []],
    ['4400231130', '2023-08-01', []],
    ['4400231160', '2024-01-02', []],
    ['052002100113', '2020-12-31', ['code-year-after-date']],
    ['052002100113', '2023-01-01', ['code-year-too-old']],
    ['4400231130', '2025-01-01', ['code-year-too-old']],
    ['4400231830', '2023-08-01', ['code-kind-unknown']],
    ['052002100199', '2021-05-05', ['code-kind-unknown']],
    ['144031909110', '2019-05-05', ['code-first-digit', 'code-kind-unknown']],
    ['05200210011', undefined, ['code-length']],
    ['05200210011A', undefined, ['code-not-digits']],
  ])('%s dated %s -> %j', (code, date, expected) => expect(codes(checkLegacyCode(code, date))).toEqual(expected));

  it('says which digits hold the year and what was expected', () => {
    const [p] = checkLegacyCode('052002100113', '2023-01-01');
    expect(p?.zh).toContain('第6–7位「21」');
    expect(p?.zh).toContain('2023或2022');
  });
});

describe('checkLegacyNumber', () => {
  it.each<[string, string[]]>([
    ['00008006', []],
    ['0000800', ['legacy-number-length']],
    ['000080061', ['legacy-number-length']],
    ['0000800б', ['number-not-digits']],
  ])('%s -> %j', (number, expected) => expect(codes(checkLegacyNumber(number))).toEqual(expected));
});

describe('classifyNumberInput', () => {
  it.each<[string, string | undefined, string, string[], NumberSuggestion | undefined]>([
    ['24312000000136634917', undefined, 'shudian', [], undefined],
    ['2431 2000 0001 3663 4917', '', 'shudian', [], undefined],
    ['２４３１２００００００１３６６３４９１７', undefined, 'shudian', [], undefined],
    ['00008006', '052002100113', 'legacy', [], undefined],
    ['0000-8006', '0520 0210 0113', 'legacy', [], undefined],
    ['12345678', '4400231130', 'legacy', [], undefined],
    ['', '24312000000136634917', 'invalid', ['number-in-code-field'], { number: '24312000000136634917' }],
    ['00008006', undefined, 'invalid', ['code-missing'], undefined],
    [
      '05200210011300008006',
      undefined,
      'invalid',
      ['number-glued'],
      { code: '052002100113', number: '00008006' },
    ],
    ['440023113012345678', '', 'invalid', ['number-glued'], { code: '4400231130', number: '12345678' }],
    ['24312000000136634917', '052002100113', 'invalid', ['code-not-expected'], { number: '24312000000136634917' }],
    ['052002100113', '00008006', 'invalid', ['number-code-swapped'], { code: '052002100113', number: '00008006' }],
    ['0000800', '052002100113', 'invalid', ['legacy-number-length'], undefined],
    ['00008006', '05200210011', 'invalid', ['code-length'], undefined],
    ['440023183012345678', undefined, 'invalid', ['number-length'], undefined],
    ['1234567890123', undefined, 'invalid', ['number-length'], undefined],
    ['', undefined, 'invalid', ['number-missing'], undefined],
    ['2431200000013663491O', undefined, 'invalid', ['number-not-digits'], undefined],
    ['00008006', '05200210011A', 'invalid', ['code-not-digits'], undefined],
  ])('%j / %j -> %s %j', (number, code, kind, expected, suggestion) => {
    const result = classifyNumberInput(number, code);
    expect(result.kind).toBe(kind);
    expect(codes(result.problems)).toEqual(expected);
    expect(result.suggestion).toEqual(suggestion);
  });

  it('explains a glued code and number with both parts', () => {
    const [p] = classifyNumberInput('05200210011300008006').problems;
    expect(p?.zh).toContain('052002100113');
    expect(p?.zh).toContain('00008006');
  });
});
