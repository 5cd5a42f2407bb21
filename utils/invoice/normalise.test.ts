import { describe, expect, it } from 'vitest';
import { AMOUNT_RE, DATE_RE } from './model';
import { normaliseAmount, normaliseDate, normaliseDigits, normaliseTaxId, toHalfWidth } from './normalise';
import { prng } from './test-prng';

describe('toHalfWidth', () => {
  it.each([
    ['０１２３４５６７８９', '0123456789'],
    ['ＡＢＣｘｙｚ', 'ABCxyz'],
    ['１，２３４．５０', '1,234.50'],
    ['２０２４－０４／２２：', '2024-04/22:'],
    ['\u3000１\u3000', ' 1 '],
    ['（１２）', '(12)'],
    ['发票ｎｏ．', '发票no.'],
    ['￥¥', '￥¥'],
  ])('%s -> %s', (input, expected) => expect(toHalfWidth(input)).toBe(expected));
});

describe('normaliseDigits', () => {
  it.each([
    ['2431 2000 0001 3663 4917', '24312000000136634917'],
    ['２４３１２０００-０００１３６６３４９１７', '24312000000136634917'],
    ['0520_0210_0113', '052002100113'],
    ['0000—8006', '00008006'],
    ['\u30001234\t5678\n', '12345678'],
    ['12O45', '12O45'],
  ])('%j -> %s', (input, expected) => expect(normaliseDigits(input)).toBe(expected));
});

describe('normaliseTaxId', () => {
  it.each([
    [' 91350100m000100y43 ', '91350100M000100Y43'],
    ['９１４４ ００００ ７５５６１９０１２７', '914400007556190127'],
    ['９１４４１７０２７０７７８２９７４ｃ', '91441702707782974C'],
    ['91110108-MA01-XYZ', '91110108MA01XYZ'],
  ])('%j -> %s', (input, expected) => expect(normaliseTaxId(input)).toBe(expected));
});

describe('normaliseDate', () => {
  it.each([
    ['2024年04月22日', '2024-04-22'],
    ['2024年4月2日', '2024-04-02'],
    ['2024 年 5 月 20 日', '2024-05-20'],
    ['２０２４年４月２２日', '2024-04-22'],
    ['20240422', '2024-04-22'],
    ['2024/4/22', '2024-04-22'],
    ['2024-4-22', '2024-04-22'],
    ['2024.04.22', '2024-04-22'],
    ['2024-02-19 10:17:57', '2024-02-19'],
    ['2024-02-19T23:59:59+08:00', '2024-02-19'],
    ['2024-02-19T16:00:00.000Z', '2024-02-19'],
    ['2024年02月19日 10:17', '2024-02-19'],
    [' 2024-02-29 ', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
  ])('%j -> %s', (input, expected) => expect(normaliseDate(input)).toBe(expected));

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2024-13-01',
    '2024-00-10',
    '2024-04-31',
    '2024-04-00',
    '20241301',
    '2024-4/22',
    '24-04-22',
    '2024年4月',
    '2024-04-22x',
    '',
    'yesterday',
  ])('rejects %j', (input) => expect(normaliseDate(input)).toBeNull());
});

describe('normaliseAmount', () => {
  it.each<[string | number, string]>([
    ['1234.5', '1234.50'],
    ['¥1,234.50', '1234.50'],
    ['￥ 1，234．50 元', '1234.50'],
    ['RMB 100', '100.00'],
    ['CNY100.00', '100.00'],
    ['0', '0.00'],
    ['-0.00', '0.00'],
    ['(0)', '0.00'],
    ['-3.1', '-3.10'],
    ['－３．１０', '-3.10'],
    ['(3.10)', '-3.10'],
    ['（１２）', '-12.00'],
    ['-¥3.10', '-3.10'],
    ['007.50', '7.50'],
    ['.5', '0.50'],
    ['5.', '5.00'],
    ['1.230000', '1.23'],
    ['12,345,678.90', '12345678.90'],
    ['+8', '8.00'],
    [112, '112.00'],
    [12.5, '12.50'],
    [-0, '0.00'],
    [-3.1, '-3.10'],
    [1e21, '1000000000000000000000.00'],
    [0.5 + 0.25, '0.75'],
  ])('%j -> %s', (input, expected) => expect(normaliseAmount(input)).toBe(expected));

  it.each<string | number>([
    '1.234',
    '1.001',
    '12,50',
    '1,23,456.00',
    '1.2.3',
    '--3',
    '(-3)',
    '-',
    '.',
    '',
    '¥',
    'abc',
    '1e3',
    0.1 + 0.2,
    0.1 + 0.7,
    1e-7,
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ])('rejects %j', (input) => expect(normaliseAmount(input)).toBeNull());
});

describe('normalisers are idempotent', () => {
  const alphabet = [...'0123456789０１９-－—_ .．,，/年月日T:¥￥元()（）ABCxyzＩＯ\u3000', 'RMB'];
  const rnd = prng(20240422);
  const digits = (n: number) => Array.from({ length: n }, () => rnd.pick([...'0123456789０１２９'])).join('');
  const noise = () => Array.from({ length: 1 + rnd.int(14) }, () => rnd.pick(alphabet)).join('');
  // Date-shaped text with random digits, so a good share is valid and the rest is near-miss.
  const year = () => rnd.pick(['19', '20', '２０', '21']) + digits(2);
  const dateLike = () =>
    rnd.pick([
      () => `${year()}年${digits(1 + rnd.int(2))}月${digits(1 + rnd.int(2))}日`,
      () => year() + digits(4),
      () => {
        const sep = rnd.pick(['-', '/', '.', '－']);
        return `${year()}${sep}${digits(1 + rnd.int(2))}${sep}${digits(1 + rnd.int(2))}${rnd.pick(['', ' 10:17:57', 'T08:00:00Z'])}`;
      },
    ])();
  const texts = Array.from({ length: 4000 }, () => (rnd.next() < 0.5 ? noise() : dateLike()));
  const normalisers: [string, (s: string) => string | null][] = [
    ['toHalfWidth', toHalfWidth],
    ['normaliseDigits', normaliseDigits],
    ['normaliseTaxId', normaliseTaxId],
    ['normaliseDate', normaliseDate],
    ['normaliseAmount', normaliseAmount],
  ];
  it.each(normalisers)('%s is idempotent on random text', (_name, f) => {
    let defined = 0;
    for (const x of texts) {
      const once = f(x);
      if (once === null) continue;
      defined++;
      expect(f(once), JSON.stringify(x)).toBe(once);
    }
    expect(defined).toBeGreaterThan(100);
  });

  it('every generated real date in every accepted form normalises to the same YYYY-MM-DD, and stays', () => {
    const gen = prng(7);
    for (let i = 0; i < 2000; i++) {
      const y = 1990 + gen.int(100);
      const m = 1 + gen.int(12);
      const d = 1 + gen.int(28);
      const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      const forms = [`${y}年${m}月${d}日`, iso.replaceAll('-', ''), `${y}/${m}/${d}`, `${y}.${m}.${d}`, `${iso} 10:17:57`];
      for (const form of [...forms, toFullWidth(forms[0] ?? '')]) {
        expect(normaliseDate(form), form).toBe(iso);
      }
      expect(DATE_RE.test(iso)).toBe(true);
      expect(normaliseDate(iso)).toBe(iso);
    }
  });

  it('every generated fen value in every accepted form gives the same canonical amount, and stays', () => {
    const gen = prng(11);
    for (let i = 0; i < 2000; i++) {
      const fen = BigInt(gen.int(2 ** 31)) * BigInt(1 + gen.int(1000)) * (gen.next() < 0.3 ? -1n : 1n);
      const abs = fen < 0n ? -fen : fen;
      const int = (abs / 100n).toString();
      const frac = (abs % 100n).toString().padStart(2, '0');
      const canonical = `${fen < 0n ? '-' : ''}${int}.${frac}`;
      const grouped = int.replace(/\B(?=(\d{3})+$)/g, ',');
      const forms = [canonical, `¥${canonical}`, `${fen < 0n ? '-' : ''}${grouped}.${frac}元`, `${canonical}0`];
      if (fen < 0n) forms.push(`(${grouped}.${frac})`);
      for (const form of [...forms, toFullWidth(forms[2] ?? '')]) {
        const out = normaliseAmount(form);
        expect(out, form).toBe(canonical);
        expect(AMOUNT_RE.test(out ?? '')).toBe(true);
        expect(normaliseAmount(out ?? '')).toBe(out);
      }
    }
  });
});

function toFullWidth(s: string): string {
  return s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}
