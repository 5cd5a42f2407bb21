import type { EditableField } from '../invoice/fix-field';
import type { ExpectedInvoice } from '../invoice/model';

/** What the list's edit in place offers; the rest of an invoice is edited in its detail panel. */
export const LIST_EDIT_FIELDS = ['number', 'code', 'date', 'total', 'sellerName', 'sellerTaxId', 'note'] as const satisfies readonly EditableField[];
export type ListEditField = (typeof LIST_EDIT_FIELDS)[number];
export type EditDraft = Record<ListEditField, string>;

export function draftOf(invoice: ExpectedInvoice): EditDraft {
  return Object.fromEntries(LIST_EDIT_FIELDS.map((f) => [f, invoice[f] ?? ''])) as EditDraft;
}

/**
 * Only the fields the user changed, as typed (the background normalises them); an emptied field is sent as '' to
 * clear it. Spaces around a value are no change.
 */
export function changedFields(invoice: ExpectedInvoice, draft: EditDraft): Partial<EditDraft> {
  return Object.fromEntries(LIST_EDIT_FIELDS.filter((f) => draft[f].trim() !== (invoice[f] ?? '')).map((f) => [f, draft[f].trim()]));
}
