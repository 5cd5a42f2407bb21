import type { PageSignal } from '../invoice/model';
import { parseLoweredJson } from './json';
import { matchSignalTexts } from './signal-texts';

const MAX_TEXTS = 200;
const MESSAGE_CHARS = 500;

function texts(value: unknown, out: string[]): void {
  if (out.length >= MAX_TEXTS) return;
  if (typeof value === 'string') out.push(value.slice(0, MESSAGE_CHARS));
  else if (Array.isArray(value)) for (const v of value) texts(v, out);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) texts(v, out);
}

/**
 * Session, permission and maintenance messages anywhere in a check call's answer (e.g. the 勾选 page's access check,
 * which refuses small-scale taxpayers with 本功能仅提供给增值税一般纳税人…): at most one per kind.
 */
export function signalsInAnswer(responseText: string | null, at: number, page: string): PageSignal[] {
  const json = parseLoweredJson(responseText);
  const found: string[] = [];
  if (json.ok) texts(json.value, found);
  const signals = new Map<PageSignal['kind'], PageSignal>();
  for (const text of found) {
    for (const m of matchSignalTexts(text)) if (!signals.has(m.kind)) signals.set(m.kind, { kind: m.kind, at, text: text.trim(), page });
  }
  return [...signals.values()];
}
