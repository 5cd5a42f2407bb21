import type { QueryScope } from '../invoice/model';
import { DIRECTION_NAMES } from './labels';
import type { Text } from './types';

export function t(zh: string, en: string): Text {
  return { zh, en };
}

export function joinTexts(parts: readonly Text[], zhSep = '、', enSep = ', '): Text {
  return { zh: parts.map((p) => p.zh).join(zhSep), en: parts.map((p) => p.en).join(enSep) };
}

export function dateRange(from: string | null, to: string | null): Text {
  return t(`${from ?? '不限'} 至 ${to ?? '不限'}`, `${from ?? 'any date'} to ${to ?? 'any date'}`);
}

/** `取得发票 2024-05-01 至 2024-05-31`: what a query covered, as the user typed it on the portal. */
export function describeScope(s: QueryScope): Text {
  const dir = s.direction ? DIRECTION_NAMES[s.direction] : t('方向未知', 'unknown direction');
  if (s.encrypted && s.dateFrom === null && s.dateTo === null)
    return t(`${dir.zh}（请求已加密，日期未知）`, `${dir.en} (encrypted request, dates unknown)`);
  const range = dateRange(s.dateFrom, s.dateTo);
  return t(`${dir.zh} ${range.zh}`, `${dir.en} ${range.en}`);
}

export function money(amount: string): string {
  return `¥${amount}`;
}

/** `1 day`, `2 days`: an English count with its noun (Chinese needs none). */
export function plural(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
