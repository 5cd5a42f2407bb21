// The dashboard's record worker: exports, backups and restores of 10,000 invoices run here, off the page's thread.
import { openStore, type FapiaoDB } from '@/utils/store/db';
import { JobFailure, RecordJobs } from './record-jobs';
import type { FromRecordWorker, RecordJob, ToRecordWorker } from './record-protocol';

let db: Promise<FapiaoDB> | null = null;
let jobs: RecordJobs | null = null;

function database(): Promise<FapiaoDB> {
  return (db ??= openStore().then((opened) => {
    // Another context upgrading the database closes this connection; the next job opens a fresh one.
    opened.addEventListener('close', () => (db = null));
    opened.addEventListener('versionchange', () => (db = null));
    return opened;
  }));
}

function run(job: RecordJob, appVersion: string): Promise<FromRecordWorker['answer']> {
  jobs ??= new RecordJobs(database, appVersion);
  switch (job.kind) {
    case 'export':
      return jobs.export(job.format, job.keys);
    case 'backup':
      return jobs.backup(job.passphrase, job.withFiles);
    case 'preview':
      return jobs.preview(job.file, job.passphrase);
    case 'apply':
      return jobs.apply(job.previewId, job.takeIncoming);
  }
}

self.onmessage = async (event: MessageEvent<ToRecordWorker>) => {
  const { id, job, appVersion } = event.data;
  let answer: FromRecordWorker['answer'];
  try {
    answer = await run(job, appVersion);
  } catch (error) {
    if (!(error instanceof JobFailure)) console.error('fapiao-watch: record job', error);
    answer = {
      failed: true,
      problems:
        error instanceof JobFailure
          ? error.problems
          : [
              {
                code: 'job-failed',
                field: 'job',
                zh: '操作没有完成，没有写入任何内容。请重试；若仍失败，请关闭其他标签页后再试。',
                en: `The operation did not finish and nothing was written (${String(error)}). Try again; if it fails again, close other tabs first.`,
              },
            ],
    };
  }
  self.postMessage({ id, answer } satisfies FromRecordWorker);
};
