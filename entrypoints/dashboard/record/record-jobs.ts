import { BACKUP_LIMITS, BackupError, excessBytes, openBackup, readBackupHeader, sealBackup, tooLarge } from '@/utils/export/backup';
import { planIsEmpty, planMerge, type MergePlan } from '@/utils/export/record/merge-plan';
import { readRecord, recordTooLarge } from '@/utils/export/record/read-record';
import { RECORD_LIMITS } from '@/utils/export/record/record-limits';
import type { RecordData } from '@/utils/export/record/record-schema';
import { recordParts } from '@/utils/export/record/write-record';
import { toCsvBlob } from '@/utils/export/sheet/csv';
import { toXlsxBlob } from '@/utils/export/sheet/xlsx';
import { both, translator, type Translate } from '@/utils/i18n/t';
import { chinaIsoDate, chinaIsoDateTime } from '@/utils/invoice/china-time';
import type { Problem } from '@/utils/invoice/model';
import { buildExportRows } from '@/utils/report/export-rows';
import { applyMerge, type MergeOutcome } from '@/utils/store/apply-merge';
import type { FapiaoDB } from '@/utils/store/db';
import { readStoredRecord } from '@/utils/store/record-data';
import type { UiLanguage } from '@/utils/ui-text';
import type { ExportFormat, JobAnswers, PreviewSummary } from './record-protocol';

/** Rows of the preview listed by name; the counts always cover all of them. */
const LISTED = 200;

class JobFailure extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems[0]?.en);
  }
}

type FileKind = 'invoices' | 'record' | 'backup';

/** `发票守望-发票清单-2026-11-23.csv`, in the page's language. */
function fileName(t: Translate, kind: FileKind, now: number, ext: string): string {
  return t('record.fileName', { kind: t(`record.fileKind.${kind}`), date: chinaIsoDate(now), ext });
}

function recordBlob(data: RecordData, now: number, appVersion: string, selection: 'all' | 'filtered'): Blob {
  const header = { exportedAt: chinaIsoDateTime(now), app: { name: 'fapiao-watch', version: appVersion }, selection };
  return new Blob([...recordParts(data, header)], { type: 'application/json' });
}

interface HeldPreview {
  plan: MergePlan;
  fileBytes: Map<string, Blob>;
  source: string;
}

/** The record work of the dashboard, given a database: run in the record worker, and directly by tests and the bench. */
export class RecordJobs {
  private previews = new Map<number, HeldPreview>();
  private nextPreview = 1;
  private readonly t: Translate;

  constructor(
    private readonly db: () => Promise<FapiaoDB>,
    /** The extension's version, written into each record. */
    private readonly appVersion: string,
    /** The page's language, for the names of the files made. */
    lang: UiLanguage,
    private readonly now: () => number = Date.now,
  ) {
    this.t = translator(lang);
  }

  async export(format: ExportFormat, keys: string[] | null): Promise<JobAnswers['export']> {
    const wanted = keys ? new Set(keys) : undefined;
    const { data, snapshot } = await readStoredRecord(await this.db(), wanted);
    const now = this.now();
    if (format === 'json') return { blob: recordBlob(data, now, this.appVersion, wanted ? 'filtered' : 'all'), name: fileName(this.t, 'record', now, 'json'), count: data.invoices.length };
    const rows = buildExportRows(snapshot, now, wanted);
    const blob = format === 'csv' ? toCsvBlob(rows) : await toXlsxBlob(rows);
    return { blob, name: fileName(this.t, 'invoices', now, format), count: rows.length };
  }

  async backup(passphrase: string, withFiles: boolean): Promise<JobAnswers['backup']> {
    const { data, blobs } = await readStoredRecord(await this.db());
    const now = this.now();
    const record = withFiles ? data : { ...data, files: [] };
    const json = new Uint8Array(await recordBlob(record, now, this.appVersion, 'all').arrayBuffer());
    const files = withFiles ? [...blobs].map(([sha256, blob]) => ({ sha256, bytes: blob })) : [];
    let blob: Blob;
    try {
      blob = await sealBackup({ record: json, files }, passphrase);
    } catch (error) {
      throw error instanceof BackupError ? new JobFailure([error.problem]) : error;
    }
    return { blob, name: fileName(this.t, 'backup', now, 'fwbackup'), count: data.invoices.length, files: files.length };
  }

  /** A backup when a passphrase is given (restore), else a JSON record (import). */
  async preview(file: File, passphrase: string | null): Promise<PreviewSummary> {
    const encrypted = passphrase !== null;
    const { text, fileBytes } = encrypted ? await this.openBackupFile(file, passphrase) : await this.openRecordFile(file);
    const read = readRecord(text);
    if (!read.ok) throw new JobFailure(read.problems);
    for (const f of read.record.files) {
      const bytes = fileBytes.get(f.sha256);
      if (bytes && bytes.size !== f.size) throw new JobFailure([{ code: 'record-file-size', field: 'file', ...both('record.fileSizeWrong', { name: f.name }) }]);
    }
    const current = await readStoredRecord(await this.db());
    const plan = planMerge(current.data, read.record, this.now(), new Set(fileBytes.keys()));
    const previewId = this.nextPreview++;
    // Only the newest preview can be confirmed; an older one may describe a store that has changed since.
    this.previews = new Map([[previewId, { plan, fileBytes, source: file.name }]]);
    return {
      previewId,
      source: file.name,
      encrypted,
      exportedAt: read.record.exportedAt,
      added: plan.added.slice(0, LISTED).map((i) => i.key),
      updated: plan.updated.slice(0, LISTED).map((u) => ({ key: u.invoice.key, differences: u.differences })),
      conflicts: plan.conflicts.slice(0, LISTED).map((c) => ({ key: c.stored.key, differences: c.differences })),
      counts: { added: plan.added.length, updated: plan.updated.length, conflicts: plan.conflicts.length },
      unchanged: plan.unchanged,
      evidence: {
        sightings: plan.sightings.length,
        scopes: plan.scopes.length,
        signals: plan.signals.length,
        verifications: plan.verifications.length,
        activity: plan.activity.length,
        files: plan.files.length,
        filesWithoutBytes: plan.filesWithoutBytes.length,
        settings: plan.sheetMappings.length + (plan.taxpayer ? 1 : 0),
      },
      empty: planIsEmpty(plan),
    };
  }

  private async openBackupFile(file: File, passphrase: string): Promise<{ text: string; fileBytes: Map<string, Blob> }> {
    if (!passphrase.trim()) throw new JobFailure([{ code: 'backup-passphrase-missing', field: 'passphrase', ...both('record.passphraseMissing') }]);
    // Checked before reading: a file over the limit is never loaded into memory.
    if (file.size > BACKUP_LIMITS.maxBackupBytes) {
      const what = both('record.backupFile');
      throw new JobFailure([tooLarge(excessBytes(what.zh, what.en, BACKUP_LIMITS.maxBackupBytes), false)]);
    }
    const opened = await openBackup(new Uint8Array(await file.arrayBuffer()), passphrase);
    if (!opened.ok) throw new JobFailure([opened.problem]);
    const fileBytes = new Map<string, Blob>();
    for (const [sha, data] of opened.files) fileBytes.set(sha, new Blob([data]));
    return { text: new TextDecoder().decode(opened.record), fileBytes };
  }

  private async openRecordFile(file: File): Promise<{ text: string; fileBytes: Map<string, Blob> }> {
    if (file.size > RECORD_LIMITS.bytes) throw new JobFailure([recordTooLarge()]);
    const bytes = new Uint8Array(await file.arrayBuffer());
    if ((await readBackupHeader(bytes)).ok)
      throw new JobFailure([{ code: 'record-is-backup', field: 'file', ...both('record.isBackup') }]);
    return { text: new TextDecoder().decode(bytes), fileBytes: new Map() };
  }

  async apply(previewId: number, takeIncoming: string[]): Promise<MergeOutcome> {
    const held = this.previews.get(previewId);
    if (!held)
      throw new JobFailure([{ code: 'preview-expired', field: 'preview', ...both('record.previewExpired') }]);
    const outcome = await applyMerge(await this.db(), held.plan, { takeIncoming: new Set(takeIncoming), fileBytes: held.fileBytes, source: held.source, now: this.now() });
    this.previews.clear();
    return outcome;
  }
}

export { JobFailure };
