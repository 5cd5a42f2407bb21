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
