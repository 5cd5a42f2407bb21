import type { Direction, ExpectedInvoice, QueryScope } from '../invoice/model';
import { NORMAL_STATUS } from '../invoice/code-tables';

/** true/false when known; null when the scope's value is unknown (encrypted request). */
export type Fit = boolean | null;

/**
 * The query direction that lists `inv` for taxpayer `taxId`: 开具 when we are the seller, else 取得 (the usual case,
 * and where 代开 invoices appear); null when the record names another buyer, so no query of `taxId` lists it.
 */
export function expectedDirection(inv: ExpectedInvoice, taxId: string | null): Direction | null {
  if (taxId !== null && inv.sellerTaxId === taxId && inv.buyerTaxId !== taxId) return 'issued';
  if (taxId === null || inv.buyerTaxId === undefined || inv.buyerTaxId === taxId) return 'received';
  return null;
}

/** A non-encrypted scope without dates searched all dates; an encrypted one hides what it searched. */
export function dateFits(scope: QueryScope, date: string): Fit {
  if (scope.encrypted && scope.dateFrom === null && scope.dateTo === null) return null;
  return (scope.dateFrom === null || scope.dateFrom <= date) && (scope.dateTo === null || date <= scope.dateTo);
}

/** Whether the scope's direction is the one that lists an invoice wanted under `wanted`; null when unknown. */
export function directionFits(scope: QueryScope, wanted: Direction): Fit {
  return scope.direction === null ? null : scope.direction === wanted;
}

/** Filter values the invoice may have that the scope left out; null when the filter is unknown. */
export function excludedBy(
  scope: QueryScope,
  filter: 'statusCodes' | 'typeCodes',
  possible: readonly string[],
): string[] | null {
  if (scope.encrypted) return null;
  const chosen = scope[filter];
  return chosen.length === 0 ? [] : possible.filter((c) => !chosen.includes(c));
}

/** Whether the scope could list the invoice as the normal (01) invoice the user expects. */
export function admitsNormalStatus(scope: QueryScope): boolean {
  return scope.encrypted || scope.statusCodes.length === 0 || scope.statusCodes.includes(NORMAL_STATUS);
}

export function admitsSomeType(scope: QueryScope, types: readonly string[] | null): boolean {
  if (scope.encrypted || types === null || scope.typeCodes.length === 0) return true;
  return types.some((t) => scope.typeCodes.includes(t));
}

/**
 * Whether the query's narrowing filters (a number, a counterparty, a source…) let it show the invoice: only a query
 * narrowed by nothing but this very number does; any other narrowing may have hidden it.
 */
export function narrowingAdmits(scope: QueryScope, inv: ExpectedInvoice): boolean {
  const by = scope.narrowedBy ?? [];
  if (by.length === 0) return true;
  return by.length === 1 && by[0] === 'fphm' && scope.numberFilter === inv.number;
}
