import type { Problem } from '@/utils/invoice/model';
import type { FieldDifference } from '@/utils/export/record/merge-plan';
import type { MergeOutcome } from '@/utils/store/apply-merge';
import type { UiLanguage } from '@/utils/ui-text';

export type ExportFormat = 'csv' | 'xlsx' | 'json';

/** What the dashboard asks of the record worker. */
export type RecordJob =
  | { kind: 'export'; format: ExportFormat; keys: string[] | null }
  | { kind: 'backup'; passphrase: string; withFiles: boolean }
  | { kind: 'preview'; file: File; passphrase: string | null }
  | { kind: 'apply'; previewId: number; takeIncoming: string[] };

export interface PreviewRow {
  key: string;
  differences: FieldDifference[];
}

/** What a merge would change, small enough to post to the page whatever the record's size. */
export interface PreviewSummary {
  previewId: number;
  source: string;
  encrypted: boolean;
  exportedAt: string;
  added: string[];
  updated: PreviewRow[];
  conflicts: PreviewRow[];
  /** The lists above stop at a few hundred; these count them all. */
  counts: { added: number; updated: number; conflicts: number };
  unchanged: number;
  evidence: {
    sightings: number;
    scopes: number;
    signals: number;
    verifications: number;
    activity: number;
    files: number;
    filesWithoutBytes: number;
    /** Remembered column mappings and the logged-in taxpayer. */
    settings: number;
  };
  empty: boolean;
}

export interface JobAnswers {
  export: { blob: Blob; name: string; count: number };
  backup: { blob: Blob; name: string; count: number; files: number };
  preview: PreviewSummary;
  apply: MergeOutcome;
}

export type JobAnswer<K extends RecordJob['kind']> = JobAnswers[K] | { failed: true; problems: Problem[] };

/**
 * `appVersion`: the extension's, for the records the job writes; `lang`: the page's, for the names of the files it
 * makes (a worker can read neither).
 */
export type ToRecordWorker = { id: number; job: RecordJob; appVersion: string; lang: UiLanguage };
export type FromRecordWorker = { id: number; answer: JobAnswer<RecordJob['kind']> };
