import { normaliseAmount, normaliseDate, normaliseDigits, normaliseTaxId, toHalfWidth } from '../invoice/normalise';
import type { DraftField, DraftValue, InvoiceDraft, Reading, ReadingSource } from './types';

/** Best source first: signed structured data, then the CRC-checked QR, then text the file carries, then guesses. */
const SOURCE_RANK: Readonly<Record<ReadingSource, number>> = { xml: 0, ofd: 1, qr: 2, 'pdf-text': 3, sheet: 4, ocr: 5 };

/** The form two readings are compared in; unreadable values compare as written. */
export function canonicalValue(field: DraftField, value: string): string {
  const v = value.trim();
  switch (field) {
    case 'number':
    case 'code':
    case 'checkCode':
    case 'typeCode':
      return normaliseDigits(v);
    case 'date':
      return normaliseDate(v) ?? v;
    case 'total':
    case 'amount':
    case 'tax':
      return normaliseAmount(v) ?? v;
    case 'sellerTaxId':
    case 'buyerTaxId':
      return normaliseTaxId(v);
    case 'sellerName':
    case 'buyerName':
      return toHalfWidth(v).replace(/\s+/g, '');
    case 'qr':
      return v;
  }
}

function better(a: Reading, b: Reading): number {
  return SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || b.confidence - a.confidence;
}

function chooseValue(field: DraftField, readings: Reading[]): DraftValue {
  const sorted = [...readings].sort(better);
  const best = sorted[0]!;
  const value = canonicalValue(field, best.value);
  const agreeing = sorted.filter((r) => canonicalValue(field, r.value) === value);
  const agreeingSources = new Set(agreeing.map((r) => r.source));
  const conflicts = new Map<string, ReadingSource>();
  for (const r of sorted) {
    const v = canonicalValue(field, r.value);
    if (v !== value && !conflicts.has(v)) conflicts.set(v, r.source);
  }
  // Independent sources that agree are surer than either alone.
  const confidence = agreeing.reduce((miss, r) => miss * (1 - r.confidence), 1);
  return {
    value,
    source: best.source,
    confidence: Math.round((1 - confidence) * 1000) / 1000,
    conflicts: [...conflicts].map(([v, source]) => ({ value: v, source })),
    confirmed: agreeingSources.size > 1,
  };
}

/** Cross-checks the readings of one invoice: per field the best source wins, agreement raises confidence, disagreement is kept. */
export function combineReadings(readings: readonly Reading[], where?: string): InvoiceDraft {
  const byField = new Map<DraftField, Reading[]>();
  for (const r of readings) {
    if (r.value.trim() === '') continue;
    const list = byField.get(r.field) ?? [];
    list.push(r);
    byField.set(r.field, list);
  }
  const fields: InvoiceDraft['fields'] = {};
  for (const [field, list] of byField) fields[field] = chooseValue(field, list);
  return where === undefined ? { fields } : { fields, where };
}

/** Readings of one source from a record of field values; empty values are left out. */
export function readingsOf(
  values: Partial<Record<DraftField, string | undefined>>,
  source: ReadingSource,
  confidence = 1,
): Reading[] {
  return (Object.entries(values) as [DraftField, string | undefined][]).flatMap(([field, value]) =>
    value && value.trim() ? [{ field, value: value.trim(), source, confidence }] : [],
  );
}
