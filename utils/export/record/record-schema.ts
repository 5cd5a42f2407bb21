import { z } from 'zod';
import { Activity, ExpectedInvoice, Millis, PageSignal, QueryScope, Sighting, Taxpayer, Verification } from '../../invoice/model';
import { Annotation } from '../../invoice/annotation';
import { RECORD_LIMITS } from './record-limits';

export const RECORD_FORMAT = 'fapiao-watch-record';
/** Bump with a new entry in record-upgrades.ts; a reader refuses any version above its own. */
export const RECORD_VERSION = 1;

/** An original invoice file as the record lists it; its bytes travel only inside an encrypted backup. */
export const RecordFile = z.object({
  id: z.string().max(200),
  invoiceKey: z.string().max(64),
  name: z.string().max(255),
  type: z.string().max(100),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  addedAt: Millis,
});
export type RecordFile = z.infer<typeof RecordFile>;

export const RecordSheetMapping = z.object({
  signature: z.string().max(10_000),
  headers: z.array(z.string().max(500)).max(500),
  columns: z.record(z.string().max(32), z.number().int().min(0).max(10_000)),
  savedAt: Millis,
});

/** Everything the record carries, as the database holds it. */
export const RecordData = z.object({
  taxpayer: Taxpayer.nullable(),
  invoices: z.array(ExpectedInvoice).max(RECORD_LIMITS.invoices),
  sightings: z.array(Sighting).max(RECORD_LIMITS.sightings),
  scopes: z.array(QueryScope).max(RECORD_LIMITS.scopes),
  signals: z.array(PageSignal).max(RECORD_LIMITS.signals),
  verifications: z.array(Verification).max(RECORD_LIMITS.invoices),
  activity: z.array(Activity).max(RECORD_LIMITS.activity),
  files: z.array(RecordFile).max(RECORD_LIMITS.files),
  sheetMappings: z.array(RecordSheetMapping).max(RECORD_LIMITS.sheetMappings),
  /** Notes, the user's status and 12366 tickets; added in version 1 without a bump (older records have none). */
  annotations: z.array(Annotation).max(RECORD_LIMITS.invoices).default([]),
});
export type RecordData = z.infer<typeof RecordData>;

export const RecordHeader = z.object({
  format: z.literal(RECORD_FORMAT),
  version: z.literal(RECORD_VERSION),
  /** ISO 8601 with offset. */
  exportedAt: z.iso.datetime({ offset: true }),
  app: z.object({ name: z.string().max(100), version: z.string().max(50) }),
  /** `filtered`: only the invoices the list showed; portal evidence (sightings, queries) is always whole. */
  selection: z.enum(['all', 'filtered']),
});
export type RecordHeader = z.infer<typeof RecordHeader>;

export const FapiaoRecord = z.object({ ...RecordHeader.shape, ...RecordData.shape });
export type FapiaoRecord = z.infer<typeof FapiaoRecord>;
