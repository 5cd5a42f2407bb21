import { parseExpectedInput } from '../invoice/parse-input';
import type { ExpectedInvoice, Problem, Verification } from '../invoice/model';
import { Request, type Answer, type EditResult } from '../messages';
import type { FapiaoDB } from '../store/db';
import { addExpected, getExpected, putVerification, recordAnswer, replaceExpected } from '../store/repository';
import { describeEdits, inputWithEdits, inputWithFix, undoFields } from '../invoice/fix-field';
import type { ExpectedInput } from '../invoice/parse-input';
import { putAnnotation } from '../store/annotations';
import { removeExpected, restoreRemoved } from '../store/trash';
import { newActivity } from '../store/activity';
import { MAX_SIGHTINGS } from '../store/history-limits';
import { compactSighting } from '../store/merge-sighting';
import { trimSightings } from '../store/trim-sightings';
import type { StatusService } from './status-service';
import { clampTimes } from './clamp-times';
import { listReport } from '../status/types';

export interface HandlerDeps {
  db: FapiaoDB;
  now: () => number;
  status: StatusService;
  /** Called after anything that can change the badge or the reminders. */
  onChange: () => void;
}

const BAD_MESSAGE: Problem = {
  code: 'bad-message',
  field: 'message',
  zh: '扩展内部消息格式不正确，已忽略。',
  en: 'The extension received a malformed internal message and ignored it.',
};

function duplicate(key: string): Problem {
  return {
    code: 'duplicate',
    field: 'number',
    zh: `发票 ${key} 已在清单中，无需重复添加。`,
    en: `Invoice ${key} is already in the list.`,
  };
}

function unknownKey(key: string): Problem {
  return { code: 'unknown-key', field: 'key', zh: `清单中没有发票 ${key}。`, en: `Invoice ${key} is not in the list.` };
}

function notInTrash(key: string): Problem {
  return {
    code: 'not-in-trash',
    field: 'key',
    zh: `发票 ${key} 删除已超过 7 天或已恢复，无法撤销。`,
    en: `Invoice ${key} was removed more than 7 days ago or is back already; the removal cannot be undone.`,
  };
}

type ReqOf<T extends Request['type']> = Extract<Request, { type: T }>;

/**
 * Replaces a stored invoice by the one `input` describes: validated as typed, its history told what changed. The
 * 查验 result goes (it was of the invoice as it was) and comes back with the undo; `putBack` is such a result.
 */
async function edit(deps: HandlerDeps, stored: ExpectedInvoice, input: ExpectedInput | null, putBack?: Verification): Promise<Answer<'expected:edit'>> {
  const result = input ? parseExpectedInput(input, deps.now()) : { ok: false as const, problems: [BAD_MESSAGE] };
  if (!result.ok) return { ok: false, problems: result.problems };
  const invoice = { ...result.invoice, addedAt: stored.addedAt };
  const dropped = await deps.db.get('verifications', stored.key);
  if ((await replaceExpected(deps.db, stored.key, invoice, describeEdits(stored, invoice))) === 'exists') return { ok: false, problems: [duplicate(invoice.key)] };
  await deps.status.invoicePut(invoice, stored.key);
  if (putBack?.key === invoice.key) {
    await putVerification(deps.db, putBack);
    await deps.status.verificationPut(putBack);
  }
  deps.onChange();
  const undo = { key: invoice.key, fields: undoFields(stored, invoice), ...(dropped ? { verification: dropped } : {}) };
  const answer: EditResult = { ok: true, invoice, warnings: result.warnings, undo };
  return answer;
}

const HANDLERS: { [T in Request['type']]: (msg: ReqOf<T>, deps: HandlerDeps) => Promise<Answer<T>> } = {
  async 'expected:add'(msg, deps) {
    const result = parseExpectedInput(msg.input, deps.now());
    if (!result.ok) return { ok: false, problems: result.problems };
    if ((await addExpected(deps.db, result.invoice)) === 'exists') return { ok: false, problems: [duplicate(result.invoice.key)] };
    await deps.status.invoicePut(result.invoice);
    deps.onChange();
    return { ok: true, invoice: result.invoice, warnings: result.warnings };
  },
  async 'expected:fix'(msg, deps) {
    const stored = await getExpected(deps.db, msg.key);
    if (!stored) return { ok: false, problems: [unknownKey(msg.key)] };
    return edit(deps, stored, inputWithFix(stored, msg.field, msg.value));
  },
  async 'expected:edit'(msg, deps) {
    const stored = await getExpected(deps.db, msg.key);
    if (!stored) return { ok: false, problems: [unknownKey(msg.key)] };
    return edit(deps, stored, inputWithEdits(stored, msg.fields), msg.verification);
  },
  async 'expected:remove'(msg, deps) {
    if (!(await removeExpected(deps.db, msg.key, deps.now()))) return { ok: false, problems: [unknownKey(msg.key)] };
    await deps.status.invoiceRemoved(msg.key);
    deps.onChange();
    return { ok: true, undoable: true };
  },
  async 'expected:undo-remove'(msg, deps) {
    const back = await restoreRemoved(deps.db, msg.key, deps.now());
    if (back === 'absent') return { ok: false, problems: [notInTrash(msg.key)] };
    if (back === 'exists') return { ok: false, problems: [duplicate(msg.key)] };
    await deps.status.invoicePut(back.invoice);
    if (back.verification) await deps.status.verificationPut(back.verification);
    deps.onChange();
    return { ok: true, invoice: back.invoice, warnings: [] };
  },
  async 'annotation:set'(msg, deps) {
    const annotation = { ...msg.annotation, updatedAt: deps.now() };
    if ((await putAnnotation(deps.db, annotation)) === 'absent') return { ok: false, problems: [unknownKey(annotation.key)] };
    deps.onChange();
    return { ok: true, annotation };
  },
  async 'status:get'(msg, deps) {
    return deps.status.report(msg.only);
  },
  async 'list:get'(_msg, deps) {
    return listReport(await deps.status.report());
  },
  async 'popup:get'(msg, deps) {
    return deps.status.popup(msg.limit);
  },
  async diagnose(msg, deps) {
    const found = await deps.status.findings(msg.key, msg.online);
    if (!found) return { ok: false, problems: [unknownKey(msg.key)] };
    await deps.db.add('activity', newActivity(msg.key, 'checked', deps.now()));
    return { ok: true, ...found };
  },
  async 'portal:observed'(msg, deps) {
    const { type: _type, answerId, ...observed } = msg;
    const clamped = clampTimes(observed, deps.now());
    const obs = { ...clamped, sightings: clamped.sightings.map(compactSighting) };
    if ((await recordAnswer(deps.db, answerId, obs, deps.now())) === 'duplicate') return { ok: true };
    await deps.status.observed(obs);
    // Counted from memory: counting 100,000 stored sightings on every answer would cost more than the answer.
    // Trimmed a tenth below the bound, so the full reload after a trim comes once in a long while, not every answer.
    if ((deps.status.sightingCount() ?? 0) > MAX_SIGHTINGS && (await trimSightings(deps.db, Math.floor(MAX_SIGHTINGS * 0.9)))) await deps.status.reset();
    deps.onChange();
    return { ok: true };
  },
  async 'verification:set'(msg, deps) {
    // The 查验 page may answer for an invoice removed since it loaded: a result for no invoice is not kept.
    if (!(await getExpected(deps.db, msg.verification.key))) return { ok: false, problems: [unknownKey(msg.verification.key)] };
    await putVerification(deps.db, msg.verification);
    await deps.status.verificationPut(msg.verification);
    deps.onChange();
    return { ok: true };
  },
  async 'store:changed'(_msg, deps) {
    await deps.status.reset();
    deps.onChange();
    return { ok: true };
  },
};

/** Answers one message from a popup, dashboard or content script. Unknown or malformed messages get a clear error. */
export async function handleMessage(raw: unknown, deps: HandlerDeps): Promise<Answer<Request['type']>> {
  const parsed = Request.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: [BAD_MESSAGE] };
  const msg = parsed.data;
  const handler = HANDLERS[msg.type] as (m: Request, d: HandlerDeps) => Promise<Answer<Request['type']>>;
  return handler(msg, deps);
}
