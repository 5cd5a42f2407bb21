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
import { Annotation } from './invoice/annotation';
import { EDITABLE_FIELDS, FIXABLE_FIELDS } from './invoice/fix-field';
import { ExpectedInput } from './invoice/parse-input';
import type { ListReport, StatusReport } from './status/types';
import type { PopupView } from './report/popup-view';

export type { ListReport, ListRow, StatusCounts, StatusReport, StatusRow } from './status/types';

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
  /** `attention`: only the rows that are not plainly visible, with the counts of all. */
  z.object({ type: z.literal('status:get'), only: z.literal('attention').optional() }),
  /** Every row for the dashboard's list, headlines cut to their titles. */
  z.object({ type: z.literal('list:get') }),
  /** The popup's summary and its `limit` most urgent rows. */
  z.object({ type: z.literal('popup:get'), limit: z.number().int().min(1).max(10_000) }),
  /** Several fields at once, from the dashboard's edit-in-place: every problem comes back, each with its field. */
  z.object({
    type: z.literal('expected:edit'),
    key: z.string().max(64),
    fields: z.partialRecord(z.enum(EDITABLE_FIELDS), z.string().max(200)),
    /** An undo puts back the 查验 result the change dropped (kept only if it is for the key the edit arrives at). */
    verification: Verification.optional(),
  }),
  /** Puts back an invoice removed a moment ago, with its history, 查验 result, notes and originals. */
  z.object({ type: z.literal('expected:undo-remove'), key: z.string().max(64) }),
  z.object({ type: z.literal('annotation:set'), annotation: Annotation.omit({ updatedAt: true }) }),
  z.object({ type: z.literal('diagnose'), key: z.string().max(64), online: z.boolean().nullable() }),
  z.object({
    type: z.literal('portal:observed'),
    /** Given by the content script: the same answer delivered twice is stored once. */
    answerId: z.string().min(8).max(64),
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

/** Every answer that is not what was asked for: each problem in Chinese with an English fallback. */
export type Failure = { ok: false; problems: Problem[] };

/** How to take a change back: the same kind of edit, on the invoice's key after the change. */
export interface Undo {
  key: string;
  fields: Partial<Record<(typeof EDITABLE_FIELDS)[number], string>>;
  /** The 查验 result the change dropped, to put back with the undo. */
  verification?: Verification;
}

export type AddResult = { ok: true; invoice: ExpectedInvoice; warnings: Problem[] };
export type EditResult = AddResult & { undo: Undo };

export interface ResponseMap {
  'expected:add': AddResult;
  /** `undoable`: the invoice went to the trash and `expected:undo-remove` can bring it back for a while. */
  'expected:remove': { ok: true; undoable: boolean };
  'expected:fix': EditResult;
  'expected:edit': EditResult;
  'expected:undo-remove': AddResult;
  'annotation:set': { ok: true; annotation: Annotation };
  'status:get': StatusReport;
  'popup:get': PopupView;
  'list:get': ListReport;
  /** `verification`: the 查验 result recorded for it, shown so the user sees and may change it. */
  diagnose: { ok: true; findings: Finding[]; verification: Verification | null };
  'portal:observed': { ok: true };
  'verification:set': { ok: true };
  'store:changed': { ok: true };
}

export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;
export type Answer<T extends Request['type']> = ResponseMap[T] | Failure;
