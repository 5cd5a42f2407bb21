// The dashboard's record worker: exports, backups and restores of 10,000 invoices run here, off the page's thread.
import { both } from '@/utils/i18n/t';
import { openStore, type FapiaoDB } from '@/utils/store/db';
import { JobFailure, RecordJobs } from './record-jobs';
import type { FromRecordWorker, ToRecordWorker } from './record-protocol';

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

function run({ job, appVersion, lang }: ToRecordWorker): Promise<FromRecordWorker['answer']> {
  jobs ??= new RecordJobs(database, appVersion, lang);
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
  const { id } = event.data;
  let answer: FromRecordWorker['answer'];
  try {
    answer = await run(event.data);
  } catch (error) {
    if (!(error instanceof JobFailure)) console.error('fapiao-watch: record job', error);
    answer = {
      failed: true,
      problems:
        error instanceof JobFailure
          ? error.problems
          : [{ code: 'job-failed', field: 'job', ...both('record.jobFailed', { error: String(error) }) }],
    };
  }
  self.postMessage({ id, answer } satisfies FromRecordWorker);
};
