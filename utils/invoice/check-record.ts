import type { ExpectedInvoice, Problem } from './model';

/** Structural checks on a stored record; empty array = well-formed. (Being filled in.) */
export function checkInvoiceRecord(_inv: ExpectedInvoice): Problem[] {
  return [];
}
