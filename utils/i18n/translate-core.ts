/** t()'s machinery without any table, so a content script can pair it with the few texts it shows. */

/** `'a' | 'b'` for `'{a} of {b}'`: the placeholders of a string literal type. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

type Table = Readonly<Record<string, string>>;

/** The names a key's text needs values for (the tables are tested to agree on them). */
export type ParamsIn<T extends Table, K extends keyof T> = T[K] extends string ? Placeholders<T[K]> : never;

/** No second argument for a text without placeholders; otherwise exactly its placeholders, by name. */
export type ParamArgsIn<T extends Table, K extends keyof T> = [ParamsIn<T, K>] extends [never] ? [] : [params: Readonly<Record<ParamsIn<T, K>, string | number>>];

export type TranslateIn<T extends Table> = <K extends keyof T & string>(key: K, ...params: ParamArgsIn<T, K>) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` from params; a placeholder without a value throws rather than show `{name}` to the user. */
export function fill(key: string, template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`t('${key}'): no value for {${name}}`);
    return String(value);
  });
}

/** t() over one language's table; the types come from the Chinese table `T`. */
export function makeTranslator<T extends Table>(table: Readonly<Record<keyof T, string>>): TranslateIn<T> {
  return ((key: keyof T & string, ...params: [Readonly<Record<string, string | number>>?]) => fill(key, table[key], params[0])) as TranslateIn<T>;
}
