import type { Problem } from './model';

/**
 * Problem codes that are findings, not errors: the value may still be right (tables we keep are incomplete, old
 * formats have no checksum), so they never block saving a record. The model's Problem has no severity field.
 */
export const WARNING_CODES: ReadonlySet<string> = new Set([
  'number-province-unknown',
  'code-kind-unknown',
  // Paper stock (普票, 卷票) is sometimes used up years after its code was issued.
  'code-year-too-old',
  'code-first-digit',
  'tax-id-old-style',
  'tax-id-personal-id',
  'tax-id-authority-unknown',
  'tax-id-type-unknown',
  'tax-id-region-format',
  'tax-id-org-check',
  'type-kind-mismatch',
  'date-in-future',
]);

export function isWarning(p: Problem): boolean {
  return WARNING_CODES.has(p.code);
}
