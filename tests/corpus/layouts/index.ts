/** Picks the layout for an invoice. */
import type { Prng } from '../../../utils/invoice/test-prng';
import type { Invoice } from '../invoice';
import type { Assets, InvoiceDoc } from './common';
import { legacyEDoc } from './legacy-e';
import { paperDoc, type PaperLook } from './paper';
import { shudianDoc } from './shudian';

export type { Assets, InvoiceDoc } from './common';

/** Where the printer and the stamping hand put things on one paper invoice (drawn once, so all its files agree). */
export function paperLook(rng: Prng): PaperLook {
  const r = (lo: number, hi: number) => Math.round((lo + rng.next() * (hi - lo)) * 10) / 10;
  return { dx: r(-1.2, 1.2), dy: r(-0.8, 0.6), sealX: r(140, 165), sealY: r(100, 108), sealAngle: r(-12, 12) };
}

export function invoiceDoc(inv: Invoice, assets: Assets, look: PaperLook): InvoiceDoc {
  switch (inv.layout) {
    case 'shudian':
      return shudianDoc(inv, assets);
    case 'legacy-e':
      return legacyEDoc(inv, assets);
    case 'paper':
      return paperDoc(inv, assets, look);
  }
}
