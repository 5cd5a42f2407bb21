/** 价税合计（大写）: the amount in Chinese capital numerals, as invoices print it (圆/角/分, 整 when no 角 or 分). */

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'];
const GROUP_UNITS = ['', '万', '亿', '万亿'];

function digit(d: number): string {
  return DIGITS[d] ?? '';
}

/** 0 < n < 10000. Inner zeros collapse to one 零; trailing zeros vanish (1010 → 壹仟零壹拾). */
function groupInWords(n: number): string {
  let out = '';
  let zero = false;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(n / 10 ** i) % 10;
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += '零';
    out += digit(d) + SMALL_UNITS[i];
    zero = false;
  }
  return out;
}

/** n > 0, in groups of four digits (万, 亿); a group below 1000 after a higher one starts with 零 (10010 → 壹万零壹拾). */
function integerInWords(n: bigint): string {
  const groups: number[] = [];
  for (let v = n; v > 0n; v /= 10000n) groups.push(Number(v % 10000n));
  let out = '';
  let zero = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g] ?? 0;
    if (group === 0) {
      zero = out !== '';
      continue;
    }
    if (out !== '' && (zero || group < 1000)) out += '零';
    out += groupInWords(group) + GROUP_UNITS[g];
    zero = false;
  }
  return out;
}

export function amountInWords(fen: bigint): string {
  if (fen < 0n) throw new Error(`amountInWords: negative amount ${fen}`);
  const yuan = fen / 100n;
  const jiao = Number((fen / 10n) % 10n);
  const cents = Number(fen % 10n);
  let out = yuan > 0n ? `${integerInWords(yuan)}圆` : '';
  if (jiao === 0 && cents === 0) return `${out || '零圆'}整`;
  if (jiao > 0) out += `${digit(jiao)}角`;
  else if (out !== '') out += '零';
  if (cents > 0) out += `${digit(cents)}分`;
  return out;
}
