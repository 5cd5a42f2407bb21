import type { FieldSource, Problem, QueryScope, Sighting } from '../invoice/model';

/** The invoice fields an extractor can read, named as in ExpectedInput. */
export const DRAFT_FIELDS = [
  'number',
  'code',
  'date',
  'total',
  'amount',
  'tax',
  'sellerTaxId',
  'sellerName',
  'buyerTaxId',
  'buyerName',
  'typeCode',
  'checkCode',
  'qr',
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

/** The fields that identify an invoice and decide whether it is found on the portal; accuracy is measured on these. */
export const KEY_FIELDS = ['code', 'number', 'date', 'total', 'sellerTaxId', 'buyerTaxId'] as const satisfies readonly DraftField[];
export type KeyField = (typeof KEY_FIELDS)[number];

/** Where a value was read: a FieldSource of the stored invoice, minus the ones no file produces. */
export type ReadingSource = Exclude<FieldSource, 'manual' | 'portal'>;

/** One value one source read for one field. Values are raw text as read; combine() normalises them. */
export interface Reading {
  field: DraftField;
  value: string;
  source: ReadingSource;
  /** 0..1: 1 for machine-readable data (XML, OFD, CRC-checked QR, a typed sheet cell), lower for OCR. */
  confidence: number;
}

/** The value chosen for a field, where it came from, and what other sources said. */
export interface DraftValue {
  value: string;
  source: ReadingSource;
  confidence: number;
  /** Readings of other sources that disagree with `value` after normalisation. */
  conflicts: Array<{ value: string; source: ReadingSource }>;
  /** Two or more sources agree on `value`. */
  confirmed: boolean;
}

/** One invoice found in a file, before the user has reviewed it. */
export interface InvoiceDraft {
  fields: Partial<Record<DraftField, DraftValue>>;
  /** Where in the file it was found, for messages: `第2页`, `第15行`. Absent for single-invoice files. */
  where?: string;
}

/** What a file is, decided from its bytes first and its name second. */
export type FileKind = 'ofd' | 'xml' | 'pdf' | 'image' | 'csv' | 'xlsx';

/** A spreadsheet whose columns could not all be matched to invoice fields: the user maps them. */
export interface SheetMappingRequest {
  /** Identifies the header set, so a mapping is remembered for the next file with the same headers. */
  signature: string;
  headers: string[];
  /** The first rows, for the mapping dialog to show. */
  sample: string[][];
  /** Column index per field as far as the headers told. */
  guess: Partial<Record<DraftField, number>>;
}

/** What the portal's own 导出 workbook showed: sightings of the query it covered, never expected invoices. */
export interface PortalExportResult {
  scope: QueryScope;
  sightings: Sighting[];
}

/** The outcome of reading one file. A file that cannot be read has no drafts and at least one problem. */
export interface ExtractOutcome {
  kind: FileKind | null;
  drafts: InvoiceDraft[];
  /** File-level problems: unreadable, encrypted, too large, unsupported, rows skipped... */
  problems: Problem[];
  mapping?: SheetMappingRequest;
  portalExport?: PortalExportResult;
}
