import type { ExpectedInvoice, FieldOrigin } from './model';
import { parseKey } from './numbers';
import type { ExpectedInput } from './parse-input';

/** Fields a diagnosis may offer to correct with the value the portal showed. */
export const FIXABLE_FIELDS = ['number', 'code', 'key', 'total', 'date'] as const;
export type FixableField = (typeof FIXABLE_FIELDS)[number];

/** Fields the dashboard edits in place; the key follows from number and code. */
export const EDITABLE_FIELDS = ['number', 'code', 'date', 'total', 'amount', 'tax', 'sellerTaxId', 'sellerName', 'buyerTaxId', 'buyerName', 'checkCode', 'note'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export function isFixableField(field: string): field is FixableField {
  return (FIXABLE_FIELDS as readonly string[]).includes(field);
}

const FROM_PORTAL: FieldOrigin = { source: 'portal', confidence: 1 };

/**
 * The raw input that re-creates `inv` with one field corrected, so the fix goes through the same validation as a
 * typed entry. Null when a corrected key is not a key at all.
 */
export function inputWithFix(inv: ExpectedInvoice, field: FixableField, value: string): ExpectedInput | null {
  const { key: _key, kind: _kind, addedAt: _added, updatedAt: _updated, origins, ...fields } = inv;
  const input: ExpectedInput = { ...fields, origins: { ...origins } };
  if (field === 'key') {
    const parts = parseKey(value);
    if (!parts) return null;
    input.number = parts.number;
    input.code = parts.code;
    input.origins = { ...input.origins, number: FROM_PORTAL, ...(parts.code ? { code: FROM_PORTAL } : {}) };
    if (!parts.code) delete input.origins.code;
    return input;
  }
  input[field] = value;
  input.origins = { ...input.origins, [field]: FROM_PORTAL };
  return input;
}

const MANUAL: FieldOrigin = { source: 'manual', confidence: 1 };

/** The raw input that re-creates `inv` with the fields the user edited, each now typed by hand. */
export function inputWithEdits(inv: ExpectedInvoice, fields: Partial<Record<EditableField, string>>): ExpectedInput {
  const { key: _key, kind: _kind, addedAt: _added, updatedAt: _updated, origins, ...stored } = inv;
  const input: ExpectedInput = { ...stored, origins: { ...origins } };
  for (const [field, value] of Object.entries(fields) as Array<[EditableField, string]>) {
    input[field] = value;
    input.origins = { ...input.origins, [field]: MANUAL };
  }
  return input;
}

/** The edit that takes `after` back to `before`: the fields that differ, as they were. */
export function undoFields(before: ExpectedInvoice, after: ExpectedInvoice): Partial<Record<EditableField, string>> {
  const out: Partial<Record<EditableField, string>> = {};
  for (const field of EDITABLE_FIELDS) if ((before[field] ?? '') !== (after[field] ?? '')) out[field] = before[field] ?? '';
  return out;
}

/** `field: old → new` for each field that differs, for the invoice's history. */
export function describeEdits(before: ExpectedInvoice, after: ExpectedInvoice): string {
  return EDITABLE_FIELDS.filter((f) => (before[f] ?? '') !== (after[f] ?? ''))
    .map((f) => `${f}: ${before[f] ?? ''} → ${after[f] ?? ''}`)
    .join('; ');
}
