import type { UiLanguage } from '../ui-text';
import { EN_PORTAL } from './portal.en';
import { ZH_CN_PORTAL } from './portal.zh-CN';
import { makeTranslator, type TranslateIn } from './translate-core';

/** t() for the content scripts: the same keys and texts as the whole table, without loading the rest of it. */
export function portalTranslator(lang: UiLanguage): TranslateIn<typeof ZH_CN_PORTAL> {
  return makeTranslator<typeof ZH_CN_PORTAL>(lang === 'zh' ? ZH_CN_PORTAL : EN_PORTAL);
}
