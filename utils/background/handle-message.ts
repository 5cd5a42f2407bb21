import { parseExpectedInput } from '../invoice/parse-input';
import type { Problem } from '../invoice/model';
import { Request, type ResponseMap } from '../messages';
import type { Failure } from '../send-message';
import { buildStatusReport, diagnoseKey } from '../report/status-report';
import type { FapiaoDB } from '../store/db';
import { addExpected, getExpected, loadSnapshot, putVerification, recordObservation, removeExpected, replaceExpected } from '../store/repository';
import { inputWithFix } from '../invoice/fix-field';

export interface HandlerDeps {
  db: FapiaoDB;
  now: () => number;
  /** Called after anything that can change which invoices are visible. */
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

/** Answers one message from a popup, dashboard or content script. Unknown or malformed messages get a clear error. */
export async function handleMessage(raw: unknown, deps: HandlerDeps): Promise<ResponseMap[Request['type']] | Failure> {
  const parsed = Request.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: [BAD_MESSAGE] };
  const msg = parsed.data;
  const { db, now } = deps;
  switch (msg.type) {
    case 'expected:add': {
      const result = parseExpectedInput(msg.input, now());
      if (!result.ok) return result;
      if ((await addExpected(db, result.invoice)) === 'exists') return { ok: false, problems: [duplicate(result.invoice.key)] };
      deps.onChange();
      return { ok: true, invoice: result.invoice, warnings: result.warnings };
    }
    case 'expected:fix': {
      const stored = await getExpected(db, msg.key);
      if (!stored) return { ok: false, problems: [unknownKey(msg.key)] };
      const input = inputWithFix(stored, msg.field, msg.value);
      const result = input ? parseExpectedInput(input, now()) : { ok: false as const, problems: [BAD_MESSAGE] };
      if (!result.ok) return result;
      const invoice = { ...result.invoice, addedAt: stored.addedAt };
      const before = msg.field === 'key' ? stored.key : (stored[msg.field] ?? '');
      if ((await replaceExpected(db, msg.key, invoice, `${msg.field}: ${before} → ${msg.value}`)) === 'exists') return { ok: false, problems: [duplicate(invoice.key)] };
      deps.onChange();
      return { ok: true, invoice, warnings: result.warnings };
    }
    case 'expected:remove': {
      const ok = await removeExpected(db, msg.key);
      deps.onChange();
      return { ok };
    }
    case 'status:get':
      return buildStatusReport(await loadSnapshot(db), now());
    case 'diagnose': {
      const findings = diagnoseKey(await loadSnapshot(db), msg.key, now(), msg.online);
      if (findings) return { ok: true, findings };
      return { ok: false, problems: [unknownKey(msg.key)] };
    }
    case 'portal:observed':
      await recordObservation(db, msg);
      deps.onChange();
      return { ok: true };
    case 'verification:set':
      await putVerification(db, msg.verification);
      deps.onChange();
      return { ok: true };
    case 'store:changed':
      deps.onChange();
      return { ok: true };
  }
}
