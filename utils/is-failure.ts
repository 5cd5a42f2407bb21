import type { Failure } from './messages';

/** Apart from messages.ts, whose zod schemas a content script must not load: only the type comes from there. */
export function isFailure(answer: unknown): answer is Failure {
  const a = answer as Partial<Failure> | null;
  return typeof a === 'object' && a !== null && a.ok === false && Array.isArray(a.problems);
}
