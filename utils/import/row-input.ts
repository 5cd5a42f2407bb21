import type { FieldOrigin } from '../invoice/model';
import { addAmounts } from '../invoice/money';
import { normaliseAmount } from '../invoice/normalise';
import type { ExpectedInput } from '../invoice/parse-input';
import type { DraftField } from '../extract/types';
import type { ReviewField, ReviewRow } from './review-types';

/** The raw input a row hands to the same validation a typed entry goes through, with each field's origin. */
export function rowInput(row: ReviewRow): ExpectedInput {
  const f = row.fields;
  const value = (field: DraftField) => f[field]?.value.trim() || undefined;
  const origins: Record<string, FieldOrigin> = {};
  for (const [field, v] of Object.entries(f) as [DraftField, ReviewField][]) {
    if (v.value.trim()) origins[field] = { source: v.source, confidence: Math.min(1, Math.max(0, v.confidence)) };
  }
  return {
    number: value('number') ?? '',
    code: value('code'),
    date: value('date') ?? '',
    total: value('total') ?? '',
    amount: value('amount'),
    tax: value('tax'),
    sellerTaxId: value('sellerTaxId'),
    sellerName: value('sellerName'),
    buyerTaxId: value('buyerTaxId'),
    buyerName: value('buyerName'),
    typeCode: value('typeCode'),
    checkCode: value('checkCode'),
    qr: value('qr'),
    origins,
  };
}

/**
 * Legacy QR codes carry the pre-tax 金额, not 价税合计: when the total was not read but 金额 and 税额 were, it is
 * their sum (marked as computed by taking the weaker of the two confidences).
 */
export function withDerivedTotal(row: ReviewRow): ReviewRow {
  const { total, amount, tax } = row.fields;
  if (total || !amount || !tax) return row;
  const a = normaliseAmount(amount.value);
  const t = normaliseAmount(tax.value);
  if (a === null || t === null) return row;
  const derived: ReviewField = {
    value: addAmounts(a, t),
    source: amount.source,
    confidence: Math.min(amount.confidence, tax.confidence) * 0.95,
    conflicts: [],
    confirmed: false,
  };
  return { ...row, fields: { ...row.fields, total: derived } };
}
