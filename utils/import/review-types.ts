import type { ExpectedInvoice, Problem } from '../invoice/model';
import type { DraftField, ReadingSource } from '../extract/types';

/** Where a reviewed value came from: a source in the file, or the user's own correction. */
export type ReviewSource = ReadingSource | 'manual';

export interface ReviewField {
  value: string;
  source: ReviewSource;
  confidence: number;
  conflicts: Array<{ value: string; source: ReviewSource }>;
  confirmed: boolean;
}

/** One invoice found by the import, as the user reviews it. */
export interface ReviewRow {
  id: string;
  /** The imported file it came from, by its place in the import. */
  fileId: number;
  fileName: string;
  where?: string;
  fields: Partial<Record<DraftField, ReviewField>>;
  /** The user's tick: save this row. */
  accepted: boolean;
  /** For an invoice already stored: fill the stored record's blanks from this row. */
  mergeIntoStored: boolean;
  /** Shown early (the QR's fields) while the rest of its file is still being read: not yet editable or savable. */
  pending?: boolean;
}

/**
 * What the rules say of a row right now: `ready` saves as it is, `check` has values to look at (low confidence,
 * disagreeing sources, warnings), `invalid` cannot be saved until fixed, `duplicate` repeats another row of this
 * import, `stored` is an invoice already in the list.
 */
export type RowState = 'ready' | 'check' | 'invalid' | 'duplicate' | 'stored';

export interface RowCheck {
  state: RowState;
  /** 20-digit number or CODE-NUMBER, once the number (and code) are well-formed. */
  key: string | null;
  invoice: ExpectedInvoice | null;
  errors: Problem[];
  warnings: Problem[];
  /** Fields the user should look at, with the reason shown beside each. */
  flagged: Partial<Record<DraftField, 'error' | 'warning' | 'low-confidence' | 'conflict'>>;
  /** The row of this import it repeats. */
  duplicateOf: string | null;
  /** The stored invoice it repeats. */
  stored: ExpectedInvoice | null;
}
