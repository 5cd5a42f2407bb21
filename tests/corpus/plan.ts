/** Which invoices to make and which files to make from each: the full benchmark corpus and the small committed fixtures. */
import type { InvoiceType } from './invoice';

export type Variant =
  /** page.pdf of the HTML: text layer, QR as an image. */
  | { kind: 'pdf-text' }
  /** A scan (invoice-sized, or an A4 page) as JPEG inside a PDF without any text. */
  | { kind: 'pdf-scan'; dpi: 200 | 300; a4: boolean }
  /** Clean render with the QR. */
  | { kind: 'png'; dpi: 150 | 200 | 300 }
  /** A4 flatbed scan at 300 dpi, QR area blank. `sideways`: a paper original laid across the glass. */
  | { kind: 'a4-scan'; sideways?: boolean }
  | { kind: 'photo' | 'rotated' | 'skewed' | 'blurred' | 'screenshot'; qr: boolean };

export interface PlannedInvoice {
  type: InvoiceType;
  /** Issued to a sister company instead of ours. */
  otherBuyer?: boolean;
  variants: Variant[];
}

export interface Plan {
  seed: number;
  /** Fixtures: smaller photos and stronger JPEG compression, so each file stays small. */
  small: boolean;
  invoices: PlannedInvoice[];
}

/** ≈ 12 files per category, every category mixing the layouts (数电专/普, 电子专/普, paper 专/普). */
export const FULL_PLAN: Plan = {
  seed: 20240528,
  small: false,
  invoices: [
    { type: 'shudian-special', variants: [{ kind: 'pdf-text' }, { kind: 'png', dpi: 150 }, { kind: 'pdf-scan', dpi: 200, a4: true }, { kind: 'photo', qr: true }] },
    { type: 'shudian-special', variants: [{ kind: 'pdf-text' }, { kind: 'png', dpi: 200 }, { kind: 'a4-scan' }, { kind: 'blurred', qr: true }] },
    { type: 'shudian-special', variants: [{ kind: 'pdf-text' }, { kind: 'png', dpi: 300 }, { kind: 'screenshot', qr: true }] },
    { type: 'shudian-special', variants: [{ kind: 'pdf-scan', dpi: 300, a4: false }] },
    { type: 'shudian-normal', variants: [{ kind: 'pdf-text' }, { kind: 'png', dpi: 150 }, { kind: 'a4-scan' }, { kind: 'photo', qr: true }] },
    { type: 'shudian-normal', variants: [{ kind: 'pdf-text' }, { kind: 'png', dpi: 200 }, { kind: 'pdf-scan', dpi: 300, a4: true }, { kind: 'rotated', qr: true }] },
    { type: 'shudian-normal', variants: [{ kind: 'pdf-text' }, { kind: 'png', dpi: 300 }, { kind: 'a4-scan' }, { kind: 'screenshot', qr: false }] },
    { type: 'shudian-normal', otherBuyer: true, variants: [{ kind: 'pdf-scan', dpi: 200, a4: false }] },
    { type: 'e-special', variants: [{ kind: 'pdf-text' }, { kind: 'png', dpi: 150 }, { kind: 'pdf-scan', dpi: 200, a4: true }, { kind: 'photo', qr: false }] },
    { type: 'e-special', variants: [{ kind: 'pdf-text' }, { kind: 'png', dpi: 200 }, { kind: 'a4-scan' }, { kind: 'screenshot', qr: true }] },
    { type: 'e-special', variants: [{ kind: 'pdf-text' }, { kind: 'png', dpi: 300 }] },
    { type: 'e-special', variants: [{ kind: 'pdf-scan', dpi: 300, a4: false }] },
    { type: 'e-normal', variants: [{ kind: 'pdf-text' }, { kind: 'png', dpi: 150 }, { kind: 'a4-scan' }, { kind: 'photo', qr: true }] },
    { type: 'e-normal', variants: [{ kind: 'pdf-text' }, { kind: 'png', dpi: 200 }, { kind: 'pdf-scan', dpi: 200, a4: true }, { kind: 'skewed', qr: true }] },
    { type: 'e-normal', variants: [{ kind: 'pdf-text' }, { kind: 'png', dpi: 300 }, { kind: 'a4-scan' }] },
    { type: 'e-normal', otherBuyer: true, variants: [{ kind: 'pdf-scan', dpi: 300, a4: false }] },
    { type: 'paper-special', variants: [{ kind: 'a4-scan' }, { kind: 'photo', qr: false }] },
    { type: 'paper-special', variants: [{ kind: 'a4-scan', sideways: true }, { kind: 'photo', qr: false }, { kind: 'pdf-scan', dpi: 300, a4: true }] },
    { type: 'paper-special', variants: [{ kind: 'a4-scan' }, { kind: 'rotated', qr: false }] },
    { type: 'paper-special', otherBuyer: true, variants: [{ kind: 'pdf-scan', dpi: 200, a4: false }] },
    { type: 'paper-normal', variants: [{ kind: 'a4-scan' }, { kind: 'photo', qr: false }] },
    { type: 'paper-normal', variants: [{ kind: 'a4-scan' }, { kind: 'blurred', qr: false }, { kind: 'pdf-scan', dpi: 300, a4: true }] },
    { type: 'paper-normal', variants: [{ kind: 'a4-scan' }] },
    { type: 'paper-normal', variants: [{ kind: 'pdf-scan', dpi: 200, a4: false }] },
  ],
};

/** One or two files per category for unit and e2e tests; kept small enough to commit. */
export const FIXTURE_PLAN: Plan = {
  seed: 20250101,
  small: true,
  invoices: [
    { type: 'shudian-normal', variants: [{ kind: 'pdf-text' }, { kind: 'png', dpi: 150 }, { kind: 'photo', qr: true }] },
    { type: 'shudian-special', variants: [{ kind: 'pdf-scan', dpi: 200, a4: false }, { kind: 'rotated', qr: true }] },
    { type: 'e-special', variants: [{ kind: 'pdf-text' }, { kind: 'screenshot', qr: true }] },
    { type: 'e-normal', variants: [{ kind: 'png', dpi: 200 }] },
    { type: 'paper-special', variants: [{ kind: 'a4-scan' }] },
    { type: 'paper-normal', variants: [{ kind: 'pdf-scan', dpi: 200, a4: false }] },
  ],
};
