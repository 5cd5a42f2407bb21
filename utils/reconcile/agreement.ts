import { amountsEqual } from '../invoice/money';
import type { ExpectedInvoice, Sighting } from '../invoice/model';
import type { NearMiss } from './types';

export function agreement(inv: ExpectedInvoice, s: Sighting): NearMiss['agrees'] {
  return {
    amount: s.total === undefined ? null : s.total === inv.total || amountsEqual(inv.total, s.total),
    date: s.date === undefined ? null : s.date === inv.date,
    seller: inv.sellerTaxId && s.sellerTaxId ? inv.sellerTaxId === s.sellerTaxId : null,
  };
}

/** 价税合计 is nearly a fingerprint; date and seller narrow it down. A disagreement counts against. */
const WEIGHTS = { amount: 4, date: 2, seller: 2 } as const;

/** A full 20-digit slip is likelier than 8 matching digits, which two unrelated invoices can share. */
const KIND_PRIOR: Readonly<Record<NearMiss['kind'], number>> = {
  substitution: 1,
  transposition: 1,
  'code-number-split': 1,
  deletion: 0.5,
  insertion: 0.5,
  'number-in-wrong-field': 0,
};

export function nearMissScore(kind: NearMiss['kind'], agrees: NearMiss['agrees']): number {
  let score = KIND_PRIOR[kind];
  for (const field of ['amount', 'date', 'seller'] as const) {
    const a = agrees[field];
    if (a !== null) score += a ? WEIGHTS[field] : -WEIGHTS[field];
  }
  return score;
}
