import { CHINA_OFFSET_MS } from './invoice/china-time';

export interface BilingualText {
  zh: string;
  en: string;
}

export type UiLanguage = 'zh' | 'en';

/** Chinese unless the browser's UI language is clearly not Chinese. */
export function pickLanguage(uiLanguage: string | undefined): UiLanguage {
  return !uiLanguage || uiLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function say(text: BilingualText, lang: UiLanguage): string {
  return text[lang] || text.zh;
}

const STATUS_TEXT = {
  visible: { zh: '已在电子税务局看到', en: 'Visible on the portal' },
  'visible-with-problem': { zh: '已看到，但有问题', en: 'Visible, with a problem' },
  missing: { zh: '未看到', en: 'Not visible' },
  'not-yet-searched': { zh: '待查询', en: 'Needs a query' },
} as const satisfies Record<string, BilingualText>;

export function statusText(status: keyof typeof STATUS_TEXT): BilingualText {
  return STATUS_TEXT[status];
}

/** Shown for a time that is no time (damaged or hostile data): formatting never throws, so one value cannot blank a page. */
export const NO_TIME = '—';

/** `2026-11-23 09:30` in China time, whatever the computer's zone; NO_TIME for what no clock can show. */
export function formatChinaTime(ms: number): string {
  const d = new Date(ms + CHINA_OFFSET_MS);
  const year = d.getUTCFullYear();
  // Not a Date (NaN, ±Infinity, beyond ±8.64e15 ms) or a year of other than four digits.
  return year >= 0 && year <= 9999 ? d.toISOString().slice(0, 16).replace('T', ' ') : NO_TIME;
}
