import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { EN } from './en';
import { both, fill, inBoth, translator, type MessageKey } from './t';
import { ZH_CN } from './zh-CN';

const ROOT = join(__dirname, '..', '..');

/** Folders whose UI strings all come from the tables; add a folder here once its strings are migrated. */
const MIGRATED_UI_FOLDERS = [
  'components',
  'entrypoints/report',
  'entrypoints/portal.content',
  'entrypoints/verify.content',
  'entrypoints/dashboard',
  'entrypoints/popup',
  'utils/reminders',
] as const;

/** Where user-facing Chinese is written (the tables, and the domain texts built beside their facts). */
const VOCABULARY_FOLDERS = [...MIGRATED_UI_FOLDERS, 'utils/i18n', 'utils/diagnose', 'utils/export', 'utils/invoice', 'utils/ui-text.ts'] as const;

/** The portal is 电子税务局 and the product 扩展; 平台 alone is only the national 查验平台. */
const OFF_VOCABULARY: readonly RegExp[] = [/(?<!电子)税务局/, /门户/, /数电平台/, /插件/, /(?<!查验)平台/];

const CJK = /[\u4e00-\u9fff]/;
const TABLES = { zh: ZH_CN, en: EN } as const;
const KEYS = Object.keys(ZH_CN) as MessageKey[];

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/** Source files, without tests and test helpers (their Chinese is input data, not UI). */
function sourceFiles(path: string): string[] {
  const full = join(ROOT, path);
  if (/\.tsx?$/.test(path)) return [full];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !/(^|\/)test-[^/]*$/.test(f))
    .map((f) => join(full, f));
}

/** Every string literal, template part and JSX text of a file, with its line: comments and regexes are not text. */
function literals(file: string): Array<{ where: string; text: string }> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Array<{ where: string; text: string }> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      out.push({ where: `${relative(ROOT, file)}:${line}`, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('the t() tables', () => {
  it('have exactly the same keys in zh-CN and English', () => {
    expect(Object.keys(EN).sort()).toEqual([...KEYS].sort());
  });

  it('give each key the same placeholders in both languages', () => {
    const differing = KEYS.filter((k) => placeholders(ZH_CN[k]).join() !== placeholders(EN[k]).join());
    expect(differing).toEqual([]);
  });

  it.each(['zh', 'en'] as const)('have no empty text and no brace that is not a placeholder (%s)', (lang) => {
    const table: Readonly<Record<MessageKey, string>> = TABLES[lang];
    expect(KEYS.filter((k) => table[k].trim() === '')).toEqual([]);
    expect(KEYS.filter((k) => /[{}]/.test(table[k].replace(/\{\w+\}/g, '')))).toEqual([]);
  });

  it('have Chinese in every zh-CN text but the few that only join other texts', () => {
    const joiners = ['common.listSeparator', 'common.clauseSeparator', 'import.fileProblem', 'import.conflictSeparator', 'record.previewSummary', 'record.difference'];
    expect(KEYS.filter((k) => !CJK.test(ZH_CN[k]))).toEqual(joiners);
  });
});

describe('t', () => {
  it('fills placeholders by name, in the language asked for', () => {
    expect(translator('zh')('import.progress', { done: 3, total: 10 })).toBe('已处理 3/10 个文件');
    expect(translator('en')('import.progress', { done: 3, total: 10 })).toBe('3 of 10 files processed');
    expect(translator('zh')('report.title')).toBe('发票问题报告');
  });

  it('throws for a placeholder without a value rather than show it', () => {
    expect(() => fill('k', '共 {total} 条，读取 {read} 条', { total: 3 })).toThrow("t('k'): no value for {read}");
    // The types forbid it; a caller that casts its way past them still gets no `{n}` on screen.
    const untyped = translator('zh') as (key: string, params?: object) => string;
    expect(() => untyped('overlay.notInResult')).toThrow(/\{n\}/);
    expect(() => untyped('overlay.notInResult', { count: 2 })).toThrow(/\{n\}/);
  });

  it('fills every placeholder of every key once given a value for each', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const key of KEYS) {
        const values = Object.fromEntries(placeholders(ZH_CN[key]).map((p) => [p, `<${p}>`]));
        expect(fill(key, TABLES[lang][key], values)).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('gives both languages at once for values that carry both', () => {
    expect(both('overlay.notInResult', { n: 2 })).toEqual({ zh: '2 张应收发票不在这次查询结果中', en: '2 expected invoices are not in this result' });
    expect(inBoth((t) => ['a', 'b'].join(t('common.listSeparator')))).toEqual({ zh: 'a、b', en: 'a, b' });
  });
});

describe('the source', () => {
  it.each(MIGRATED_UI_FOLDERS)('of %s has no Chinese text outside the tables', (folder) => {
    const chinese = sourceFiles(folder).flatMap(literals).filter((l) => CJK.test(l.text));
    expect(chinese.map((l) => `${l.where} ${l.text}`)).toEqual([]);
  });

  it.each(VOCABULARY_FOLDERS)('of %s calls the portal 电子税务局 and the product 扩展', (path) => {
    const off = sourceFiles(path)
      .flatMap(literals)
      .filter((l) => OFF_VOCABULARY.some((word) => word.test(l.text)));
    expect(off.map((l) => `${l.where} ${l.text}`)).toEqual([]);
  });
});
