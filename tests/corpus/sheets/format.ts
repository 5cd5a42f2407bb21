/** How people and ERPs write dates and amounts in lists, and CSV/TSV text the way Excel writes it. */
import type { Prng } from '../../../utils/invoice/test-prng';

export type DateForm = 'iso' | 'slash' | 'zh';
export type AmountForm = 'plain' | 'comma' | 'yen' | 'short';

/** 2024-05-28 → 2024-05-28 | 2024/5/28 | 2024年5月28日 */
export function formatDate(date: string, form: DateForm): string {
  const [y, m, d] = [date.slice(0, 4), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  if (form === 'iso') return date;
  return form === 'slash' ? `${y}/${m}/${d}` : `${y}年${m}月${d}日`;
}

function withCommas(amount: string): string {
  const [int = '', dec = ''] = amount.split('.');
  return `${int.replace(/\B(?=(\d{3})+$)/g, ',')}.${dec}`;
}

/** Canonical "1234.50" → 1234.50 | 1,234.50 | ¥1,234.50 | 1234.5 */
export function formatAmount(amount: string, form: AmountForm): string {
  switch (form) {
    case 'plain':
      return amount;
    case 'comma':
      return withCommas(amount);
    case 'yen':
      return `¥${withCommas(amount)}`;
    case 'short':
      return amount.replace(/\.?0+$/, '');
  }
}

export function pickDateForm(rng: Prng): DateForm {
  return rng.pick(['iso', 'iso', 'slash', 'zh'] as const);
}

export function pickAmountForm(rng: Prng): AmountForm {
  return rng.pick(['plain', 'plain', 'comma', 'yen', 'short'] as const);
}

/**
 * One CSV field. Long digit strings (numbers, codes, tax IDs) are always quoted so they read as text, not as a
 * float that loses digits; anything with a comma, quote or line break is quoted as RFC 4180 requires.
 */
function csvField(value: string): string {
  return /^\d{8,}$/.test(value) || /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Excel writes CRLF line endings, including after the last row. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** What Excel puts on the clipboard: tab-separated displayed text, CRLF, a final CRLF. */
export function tsvText(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.join('\t')).join('\r\n') + '\r\n';
}
