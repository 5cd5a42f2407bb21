import type { Problem } from './model';

export function problem(code: string, field: string, zh: string, en: string): Problem {
  return { code, field, zh, en };
}

/** Describes the first character of `s` that is not a digit, for messages like "第3位是「O」". */
export function firstNonDigit(s: string): { position: number; char: string } | null {
  const i = s.search(/\D/);
  if (i < 0) return null;
  return { position: i + 1, char: [...s.slice(i)][0] ?? '' };
}
