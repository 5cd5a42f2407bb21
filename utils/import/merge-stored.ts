import type { ExpectedInvoice } from '../invoice/model';
import { parseExpectedInput, type ExpectedInput } from '../invoice/parse-input';
import { canonicalValue } from '../extract/combine';
import type { DraftField } from '../extract/types';
import type { ReviewRow } from './review-types';
import { rowInput } from './row-input';

/** Fields of a stored invoice the import can fill; the key fields never change through a merge. */
const FILLABLE = ['amount', 'tax', 'sellerTaxId', 'sellerName', 'buyerTaxId', 'buyerName', 'typeCode', 'checkCode', 'qr'] as const satisfies readonly DraftField[];

export interface StoredMerge {
  /** The stored invoice with its blanks filled, or null when nothing would change or the result breaks a rule. */
  invoice: ExpectedInvoice | null;
  filled: DraftField[];
  /** Fields where the file says something else than the stored record; the stored value is kept. */
  differing: Array<{ field: DraftField; stored: string; file: string }>;
}

/** The string fields both records share, by name. */
function valueOf(record: object, field: DraftField): string | undefined {
  const v = (record as Record<string, unknown>)[field];
  return typeof v === 'string' ? v : undefined;
}

/** Fills what the stored invoice lacks from what the file shows, never overwriting what the user already has. */
export function mergeIntoStored(stored: ExpectedInvoice, row: ReviewRow, now: number): StoredMerge {
  const input = rowInput(row);
  const { key: _key, kind: _kind, addedAt, updatedAt: _updated, origins, ...current } = stored;
  const merged: ExpectedInput = { ...current, origins: { ...origins } };
  const filled: DraftField[] = [];
  const differing: StoredMerge['differing'] = [];
  for (const field of [...FILLABLE, 'number', 'code', 'date', 'total'] as DraftField[]) {
    const file = valueOf(input, field);
    if (!file) continue;
    const have = valueOf(stored, field);
    if (have === undefined) {
      if (!(FILLABLE as readonly string[]).includes(field)) continue;
      (merged as Record<string, unknown>)[field] = file;
      if (input.origins?.[field]) merged.origins = { ...merged.origins, [field]: input.origins[field]! };
      filled.push(field);
    } else if (canonicalValue(field, have) !== canonicalValue(field, file)) {
      differing.push({ field, stored: have, file });
    }
  }
  if (!filled.length) return { invoice: null, filled, differing };
  const parsed = parseExpectedInput(merged, now);
  return { invoice: parsed.ok ? { ...parsed.invoice, addedAt } : null, filled, differing };
}
