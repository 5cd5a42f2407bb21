import type { z } from 'zod';
import type { Problem } from '../../invoice/model';
import { invoiceKey } from '../../invoice/numbers';
import { problem } from '../../invoice/problem';
import { originalFileId } from '../../store/original-file-id';
import { RECORD_LIMITS } from './record-limits';
import { FapiaoRecord, RECORD_FORMAT, RECORD_VERSION } from './record-schema';
import { RECORD_UPGRADES } from './record-upgrades';

export type ReadRecordResult = { ok: true; record: FapiaoRecord } | { ok: false; problems: Problem[] };

const MAX_LISTED = 5;

export function recordTooLarge(): Problem {
  return problem('record-too-large', 'file', '记录文件过大（超过 256 MB），无法导入。', 'The record is larger than 256 MB and cannot be imported.');
}

function fail(...problems: Problem[]): ReadRecordResult {
  return { ok: false, problems };
}

/** `invoices[3].total`: where in the file a value is wrong, as a path the user can search for. */
function issuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(根)';
}

function schemaProblems(issues: z.core.$ZodIssue[]): Problem[] {
  const listed = issues.slice(0, MAX_LISTED).map((issue) => {
    const where = issuePath(issue.path);
    return problem('record-invalid', where, `记录文件第 ${where} 项不符合格式：${issue.message}`, `Record field ${where} is invalid: ${issue.message}`);
  });
  if (issues.length > MAX_LISTED)
    listed.push(problem('record-invalid', 'record', `另有 ${issues.length - MAX_LISTED} 处不符合格式。`, `${issues.length - MAX_LISTED} more fields are invalid.`));
  return listed;
}

/** What a schema cannot say: keys that match their numbers, nothing twice, nothing pointing at an absent invoice. */
function consistencyProblems(record: FapiaoRecord): Problem[] {
  const problems: Problem[] = [];
  const keys = new Set<string>();
  record.invoices.forEach((inv, i) => {
    const kind = inv.number.length === 20 ? 'shudian' : 'legacy';
    if (inv.key !== invoiceKey(inv.number, inv.code) || inv.kind !== kind)
      problems.push(problem('record-key-mismatch', `invoices[${i}]`, `发票 ${inv.key} 的号码、代码与类型不一致。`, `Invoice ${inv.key}: key, number, code and kind disagree.`));
    if (keys.has(inv.key))
      problems.push(problem('record-duplicate', `invoices[${i}]`, `发票 ${inv.key} 在记录中出现了两次。`, `Invoice ${inv.key} appears twice in the record.`));
    keys.add(inv.key);
  });
  const orphan = (list: ReadonlyArray<{ key?: string; invoiceKey?: string }>, name: string) => {
    const i = list.findIndex((x) => !keys.has(x.invoiceKey ?? x.key ?? ''));
    if (i >= 0) {
      const key = list[i]!.invoiceKey ?? list[i]!.key;
      problems.push(problem('record-orphan', `${name}[${i}]`, `${name}[${i}] 指向记录中没有的发票 ${key}。`, `${name}[${i}] refers to invoice ${key}, which the record does not hold.`));
    }
  };
  const badFile = record.files.findIndex((f) => f.id !== originalFileId(f.invoiceKey, f.sha256));
  if (badFile >= 0)
    problems.push(problem('record-file-id', `files[${badFile}]`, `files[${badFile}] 的编号与其发票和校验值不符。`, `files[${badFile}] has an id that does not match its invoice and checksum.`));
  orphan(record.verifications, 'verifications');
  orphan(record.activity, 'activity');
  orphan(record.files, 'files');
  orphan(record.annotations, 'annotations');
  return problems.slice(0, MAX_LISTED);
}

function upgrade(raw: Record<string, unknown>, from: number): Record<string, unknown> {
  let record = raw;
  for (let v = from; v < RECORD_VERSION; v++) {
    const step = RECORD_UPGRADES[v];
    if (!step) throw new Error(`no upgrade step from record version ${v}`);
    record = { ...step(record), version: v + 1 };
  }
  return record;
}

/** Reads a record file completely, older versions upgraded, before anything is written. */
export function readRecord(text: string): ReadRecordResult {
  if (text.length > RECORD_LIMITS.bytes) return fail(recordTooLarge());
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return fail(problem('record-not-json', 'file', '这不是有效的 JSON 文件，可能已损坏或被截断。', 'This is not valid JSON; the file may be damaged or cut short.'));
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== RECORD_FORMAT)
    return fail(problem('record-not-record', 'file', '这不是发票守望导出的记录文件（JSON）。', 'This is not a fapiao-watch record (JSON).'));
  const version = (raw as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail(problem('record-bad-version', 'version', '记录文件的版本号无效。', 'The record has an invalid version number.'));
  if (version > RECORD_VERSION)
    return fail(
      problem(
        'record-newer-version',
        'version',
        `此记录由更新版本的发票守望生成（格式版本 ${version}，本扩展只能读取 ${RECORD_VERSION} 及以下），请先升级扩展。`,
        `This record was written by a newer fapiao-watch (format ${version}; this one reads up to ${RECORD_VERSION}). Update the extension first.`,
      ),
    );
  const parsed = FapiaoRecord.safeParse(upgrade(raw as Record<string, unknown>, version));
  if (!parsed.success) return fail(...schemaProblems(parsed.error.issues));
  const problems = consistencyProblems(parsed.data);
  return problems.length ? fail(...problems) : { ok: true, record: parsed.data };
}
