import { z } from 'zod';
import { MAX_ROWS } from './portal/limits';
import {
  ExpectedInvoice,
  PageSignal,
  QueryScope,
  Sighting,
  Taxpayer,
  Verification,
  type Problem,
} from './invoice/model';
import type { Finding } from './diagnose/types';
import { FIXABLE_FIELDS } from './invoice/fix-field';
import { ExpectedInput } from './invoice/parse-input';
import type { Visibility } from './reconcile/reconcile';

/** Raw strings from a form or import; the background normalises and validates them. Bounded: senders are untrusted. */
export const ExpectedInputMessage = ExpectedInput.refine((v) => JSON.stringify(v).length <= 8192, 'input too large');
export type ExpectedInputMessage = ExpectedInput;

/** Every message a context may send to the background. Validated on arrival: senders are never trusted. */
export const Request = z.discriminatedUnion('type', [
  z.object({ type: z.literal('expected:add'), input: ExpectedInputMessage }),
  z.object({ type: z.literal('expected:remove'), key: z.string().max(64) }),
  z.object({
    type: z.literal('expected:fix'),
    key: z.string().max(64),
    field: z.enum(FIXABLE_FIELDS),
    value: z.string().max(64),
  }),
  z.object({ type: z.literal('status:get') }),
  z.object({ type: z.literal('diagnose'), key: z.string().max(64), online: z.boolean().nullable() }),
  z.object({
    type: z.literal('portal:observed'),
    scope: QueryScope.nullable(),
    // Two per row for a 数电 paper invoice, on a page of up to MAX_ROWS.
    sightings: z.array(Sighting).max(2 * MAX_ROWS),
    signals: z.array(PageSignal).max(20),
    taxpayer: Taxpayer.nullable(),
  }),
  z.object({ type: z.literal('verification:set'), verification: Verification }),
  /** The dashboard wrote an import itself (files are Blobs, which messages cannot carry): recount the badge. */
  z.object({ type: z.literal('store:changed') }),
]);
export type Request = z.infer<typeof Request>;

export interface StatusRow {
  invoice: ExpectedInvoice;
  status: Visibility;
  /** Headline of the diagnosis for rows that are not plainly visible. */
  headline: Finding | null;
}

export interface StatusReport {
  rows: StatusRow[];
  /** Expected invoices not (yet) visible on the portal: the badge number. */
  notVisible: number;
  lastQueryAt: number | null;
  taxpayer: Taxpayer | null;
}

export type AddResult = { ok: true; invoice: ExpectedInvoice; warnings: Problem[] };

export interface ResponseMap {
  'expected:add': AddResult;
  'expected:remove': { ok: boolean };
  'expected:fix': AddResult;
  'status:get': StatusReport;
  diagnose: { ok: true; findings: Finding[] };
  'portal:observed': { ok: true };
  'verification:set': { ok: true };
  'store:changed': { ok: true };
}

export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;
