import type { ExpectedInvoice, Problem } from '../invoice/model';
import { normaliseDigits } from '../invoice/normalise';
import { classifyNumberInput, invoiceKey } from '../invoice/numbers';
import { parseExpectedInput } from '../invoice/parse-input';
import { isWarning } from '../invoice/severity';
import type { DraftField } from '../extract/types';
import type { ReviewField, ReviewRow, RowCheck, RowState } from './review-types';
import { rowInput } from './row-input';

/** Below this a value was guessed (OCR) rather than read, and the user is asked to look at it. */
export const LOW_CONFIDENCE = 0.8;

function keyOf(number: string, code: string | undefined): string | null {
  const numbers = classifyNumberInput(number, code);
  if (numbers.kind === 'invalid') return null;
  return invoiceKey(normaliseDigits(number), numbers.kind === 'legacy' ? normaliseDigits(code ?? '') : undefined);
}

function flags(row: ReviewRow, errors: Problem[], warnings: Problem[]): RowCheck['flagged'] {
  const flagged: RowCheck['flagged'] = {};
  for (const [field, v] of Object.entries(row.fields) as [DraftField, ReviewField][]) {
    if (v.source === 'manual') continue;
    if (v.confidence < LOW_CONFIDENCE) flagged[field] = 'low-confidence';
  }
  for (const p of warnings) flagged[p.field as DraftField] = 'warning';
  for (const [field, v] of Object.entries(row.fields) as [DraftField, ReviewField][]) {
    if (v.conflicts.length && v.source !== 'manual') flagged[field] = 'conflict';
  }
  for (const p of errors) flagged[p.field as DraftField] = 'error';
  return flagged;
}

/**
 * Checks every row against the invoice rules, the stored list and the other rows of the import. Of rows holding the
 * same invoice the first that passes the rules is the one to save (a clean XML before a blurred photo of it); the
 * others are offered as merges into it.
 */
export function checkRows(rows: readonly ReviewRow[], stored: ReadonlyMap<string, ExpectedInvoice>, now: number): Map<string, RowCheck> {
  const parsed = rows.map((row) => {
    const input = rowInput(row);
    const result = parseExpectedInput(input, now);
    const errors = result.ok ? [] : result.problems.filter((p) => !isWarning(p));
    const warnings = result.ok ? result.warnings : result.problems.filter(isWarning);
    const key = result.ok ? result.invoice.key : keyOf(input.number, input.code);
    return { row, result, errors, warnings, key };
  });
  const primary = new Map<string, string>();
  for (const p of parsed) if (p.key && !p.errors.length && !primary.has(p.key)) primary.set(p.key, p.row.id);
  for (const p of parsed) if (p.key && !primary.has(p.key)) primary.set(p.key, p.row.id);

  const checks = new Map<string, RowCheck>();
  for (const { row, result, errors, warnings, key } of parsed) {
    const flagged = flags(row, errors, warnings);
    const storedInvoice = key ? (stored.get(key) ?? null) : null;
    const first = key ? primary.get(key)! : row.id;
    let state: RowState;
    if (first !== row.id) state = 'duplicate';
    else if (storedInvoice) state = 'stored';
    else if (errors.length) state = 'invalid';
    else if (Object.keys(flagged).length) state = 'check';
    else state = 'ready';
    checks.set(row.id, {
      state,
      key,
      invoice: result.ok ? result.invoice : null,
      errors,
      warnings,
      flagged,
      duplicateOf: first === row.id ? null : first,
      stored: storedInvoice,
    });
  }
  return checks;
}
