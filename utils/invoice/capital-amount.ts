import { fromFen } from './money';

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9 };
const UNITS: Readonly<Record<string, bigint>> = { 拾: 10n, 佰: 100n, 仟: 1000n };

/** The capital numerals, units and markers an amount in words (大写) is written with. */
export const CAPITAL_CHARS = '零壹贰叁肆伍陆柒捌玖拾佰仟万亿圆元角分整正负';

/** Yuan of a 大写 integer part: digits before 拾/佰/仟 within a 万 or 亿 group; 零 only spaces. */
function integerPart(text: string): bigint | null {
  let total = 0n;
  let group = 0n;
  let digit: bigint | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0n) return null;
      digit = BigInt(DIGITS[ch]!);
    } else if (ch in UNITS) {
      // 拾 on its own at the start means one ten (拾万 = 100000).
      group += (digit ?? 1n) * UNITS[ch]!;
      digit = null;
    } else if (ch === '万') {
      total += (group + (digit ?? 0n)) * 10_000n;
      group = 0n;
      digit = null;
    } else if (ch === '亿') {
      total = (total + group + (digit ?? 0n)) * 100_000_000n;
      group = 0n;
      digit = null;
    } else {
      return null;
    }
  }
  return total + group + (digit ?? 0n);
}

/** Fen of the part after 圆: 角 and 分, each after its digit. */
function fractionPart(text: string): bigint | null {
  const m = /^零?(?:([零壹贰叁肆伍陆柒捌玖])角)?零?(?:([零壹贰叁肆伍陆柒捌玖])分)?[整正]?$/.exec(text);
  if (!m) return null;
  return BigInt(m[1] ? DIGITS[m[1]]! : 0) * 10n + BigInt(m[2] ? DIGITS[m[2]]! : 0);
}

/**
 * The amount an invoice writes in words (价税合计（大写）, 壹仟叁佰零陆圆玖角陆分), as a canonical amount. Characters
 * other than capital numerals (the ⊗ mark, OCR noise) are ignored; a text that does not parse gives null.
 */
export function parseCapitalAmount(text: string): string | null {
  const chars = [...text].filter((ch) => CAPITAL_CHARS.includes(ch)).join('');
  const negative = chars.startsWith('负');
  const body = chars.replace(/^负/, '').replace(/元/g, '圆').replace(/正$/, '整');
  const at = body.indexOf('圆');
  const [whole, fraction] = at < 0 ? ['', body] : [body.slice(0, at), body.slice(at + 1)];
  if (at < 0 && !/[角分]/.test(body)) return null;
  const yuan = whole === '' ? 0n : integerPart(whole);
  const fen = fractionPart(fraction);
  if (yuan === null || fen === null || (yuan === 0n && fen === 0n)) return null;
  const amount = yuan * 100n + fen;
  return fromFen(negative ? -amount : amount);
}
