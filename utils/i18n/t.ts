import type { BilingualText, UiLanguage } from '../ui-text';
import { EN } from './en';
import { ZH_CN, type MessageKey } from './zh-CN';

export type { MessageKey } from './zh-CN';

/** `'a' | 'b'` for `'{a} of {b}'`: the placeholders of a string literal type. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The names a key's text needs values for (the tables are tested to agree on them). */
export type ParamsOf<K extends MessageKey> = Placeholders<(typeof ZH_CN)[K]>;

export type MessageParams<K extends MessageKey> = Readonly<Record<ParamsOf<K>, string | number>>;

/** No second argument for a text without placeholders; otherwise exactly its placeholders, by name. */
type ParamArgs<K extends MessageKey> = [ParamsOf<K>] extends [never] ? [] : [params: MessageParams<K>];

export type Translate = <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => string;

const TABLES: Readonly<Record<UiLanguage, Readonly<Record<MessageKey, string>>>> = { zh: ZH_CN, en: EN };

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` from params; a placeholder without a value throws rather than show `{name}` to the user. */
export function fill(key: string, template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`t('${key}'): no value for {${name}}`);
    return String(value);
  });
}

function make(lang: UiLanguage): Translate {
  const table = TABLES[lang];
  return (key, ...params) => fill(key, table[key], params[0]);
}

const TRANSLATORS: Readonly<Record<UiLanguage, Translate>> = { zh: make('zh'), en: make('en') };

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
