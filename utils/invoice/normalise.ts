/** Full-width forms (U+FF01–FF5E) and the ideographic space to ASCII; Chinese IMEs type these for digits and letters. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** Digits as typed or copied: half-width, without the spaces and dashes people group them with. */
export function normaliseDigits(s: string): string {
  return toHalfWidth(s).replace(/[\s\-—_]/g, '');
}

/** Tax IDs contain no punctuation; people still type them in groups (`91110108-MA01…`). */
export function normaliseTaxId(s: string): string {
  return toHalfWidth(s).replace(/[\s\-—_]/g, '').toUpperCase();
}

const TIME_SUFFIX = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const DATE_FORMS = [
  new RegExp(String.raw`^(\d{4})年(\d{1,2})月(\d{1,2})日?\s*` + TIME_SUFFIX + '$'),
  new RegExp(String.raw`^(\d{4})(\d{2})(\d{2})` + TIME_SUFFIX + '$'),
  new RegExp(String.raw`^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})` + TIME_SUFFIX + '$'),
];

/** Invoices are dated well inside this range; anything outside is a typo, not an old invoice. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** To `YYYY-MM-DD`, keeping the calendar day as written (a time or zone suffix is ignored, never converted). */
export function normaliseDate(s: string): string | null {
  // Text copied from a PDF often spaces out the characters: `2024 年 5 月 20 日`.
  const t = toHalfWidth(s)
    .trim()
    .replace(/\s*([年月])\s*/g, '$1')
    .replace(/\s+日/, '日');
  for (const re of DATE_FORMS) {
    const m = re.exec(t);
    if (!m) continue;
    // The separator form has one more group: the separator itself.
    const [y, mo, d] = m.length === 5 ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]];
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    if (!isCalendarDate(year, month, day)) return null;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return null;
}

/** Finite numbers go through their shortest decimal string, so 0.1 + 0.2 is seen as 0.30000000000000004. */
function numberToDecimalString(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  if (Number.isInteger(n)) return BigInt(n).toString();
  const s = String(n);
  // Non-integers only print with an exponent below 1e-6, which has more than two decimals.
  return s.includes('e') ? null : s;
}

/** Canonical AMOUNT_RE form, or null when the text is not an amount with at most two (non-zero) decimals. */
export function normaliseAmount(input: string | number): string | null {
  const raw = typeof input === 'number' ? numberToDecimalString(input) : input;
  if (raw === null) return null;
  let t = toHalfWidth(raw)
    .replace(/[¥￥元]|RMB|CNY/gi, '')
    .replace(/\s/g, '')
    .replace(/[−–—]/g, '-');
  let negative = false;
  const parens = /^\((.*)\)$/.exec(t);
  if (parens) {
    negative = true;
    t = parens[1] ?? '';
  }
  const m = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$/.exec(t);
  if (!m) return null;
  const [, sign = '', intRaw = '', fracRaw = ''] = m;
  if (intRaw === '' && fracRaw === '') return null;
  if (sign !== '' && negative) return null;
  const frac = fracRaw.replace(/0+$/, '');
  if (frac.length > 2) return null;
  const int = intRaw.replace(/,/g, '').replace(/^0+(?=\d)/, '') || '0';
  const body = `${int}.${frac.padEnd(2, '0')}`;
  const isZero = /^0\.00$/.test(body);
  return (negative || sign === '-') && !isZero ? `-${body}` : body;
}
