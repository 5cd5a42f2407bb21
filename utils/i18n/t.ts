import type { BilingualText, UiLanguage } from '../ui-text';
import { EN } from './en';
import { makeTranslator, type ParamArgsIn, type ParamsIn, type TranslateIn } from './translate-core';
import { ZH_CN, type MessageKey } from './zh-CN';

export type { MessageKey } from './zh-CN';
export { fill } from './translate-core';

export type ParamsOf<K extends MessageKey> = ParamsIn<typeof ZH_CN, K>;
export type MessageParams<K extends MessageKey> = Readonly<Record<ParamsOf<K>, string | number>>;
type ParamArgs<K extends MessageKey> = ParamArgsIn<typeof ZH_CN, K>;
export type Translate = TranslateIn<typeof ZH_CN>;

const TRANSLATORS: Readonly<Record<UiLanguage, Translate>> = { zh: makeTranslator<typeof ZH_CN>(ZH_CN), en: makeTranslator<typeof ZH_CN>(EN) };

/** `t(key, params)` in one language. */
export function translator(lang: UiLanguage): Translate {
  return TRANSLATORS[lang];
}

/** Both languages of a text whose parts differ by language (a problem message, a joined list). */
export function inBoth(text: (t: Translate, lang: UiLanguage) => string): BilingualText {
  return { zh: text(TRANSLATORS.zh, 'zh'), en: text(TRANSLATORS.en, 'en') };
}

/** Both languages of one key, for values that carry both (Problems, notifications picked later by language). */
export function both<K extends MessageKey>(key: K, ...params: ParamArgs<K>): BilingualText {
  return inBoth((t) => t(key, ...params));
}
