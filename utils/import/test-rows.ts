import type { DraftField } from '../extract/types';
import type { ReviewField, ReviewRow } from './review-types';

/** A review row of typed-in-file values, each from `source` with full confidence unless given. */
export function row(id: string, values: Partial<Record<DraftField, string | Partial<ReviewField>>>, source: ReviewField['source'] = 'xml'): ReviewRow {
  const fields: ReviewRow['fields'] = {};
  for (const [field, v] of Object.entries(values) as [DraftField, string | Partial<ReviewField>][]) {
    const base: ReviewField = { value: '', source, confidence: 1, conflicts: [], confirmed: false };
    fields[field] = typeof v === 'string' ? { ...base, value: v } : { ...base, ...v };
  }
  return { id, fileId: Number(id.split(':')[0]) || 1, fileName: `${id}.ofd`, fields, accepted: true, mergeIntoStored: false };
}

export const NOW = Date.UTC(2026, 10, 30, 4);
/** A 数电 invoice that passes every rule. */
export const GOOD = {
  number: '26112000000012345678',
  date: '2026-11-02',
  total: '1130.00',
  amount: '1000.00',
  tax: '130.00',
  sellerTaxId: '91110108MA01C7XTXM',
};
