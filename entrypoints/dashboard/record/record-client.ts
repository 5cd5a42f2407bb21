import { browser } from 'wxt/browser';
import { both } from '@/utils/i18n/t';
import type { Problem } from '@/utils/invoice/model';
import { pickLanguage } from '@/utils/ui-text';
import type { FromRecordWorker, JobAnswer, RecordJob, ToRecordWorker } from './record-protocol';
import RecordWorker from './record.worker.ts?worker';

type Pending = (answer: FromRecordWorker['answer']) => void;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();
/** A preview waits in the worker for its confirmation; the worker must live until then. */
let holdingPreview = false;

const WORKER_LOST: Problem = { code: 'worker-lost', field: 'job', ...both('record.workerLost') };

/** Ends the worker and with it everything it holds; jobs still running answer that they were lost. */
function stop(): void {
  worker?.terminate();
  worker = null;
  holdingPreview = false;
  for (const resolve of pending.values()) resolve({ failed: true, problems: [WORKER_LOST] });
  pending.clear();
}

/** A job at 10,000 invoices leaves a few hundred MB of heap behind: the worker goes when nothing needs it. */
function stopIfIdle(): void {
  if (!pending.size && !holdingPreview) stop();
}

function started(): Worker {
  if (worker) return worker;
  const fresh = new RecordWorker();
  fresh.onmessage = (event: MessageEvent<FromRecordWorker>) => {
    pending.get(event.data.id)?.(event.data.answer);
    pending.delete(event.data.id);
    stopIfIdle();
  };
  fresh.onerror = () => stop();
  fresh.onmessageerror = () => stop();
  worker = fresh;
  return fresh;
}

/** Runs one record job in the worker. */
export function runRecordJob<J extends RecordJob>(job: J): Promise<JobAnswer<J['kind']>> {
  const id = nextId++;
  // A new preview replaces the one held; applying one ends the hold, whatever its outcome.
  if (job.kind === 'preview' || job.kind === 'apply') holdingPreview = false;
  return new Promise((resolve) => {
    pending.set(id, (answer) => {
      if (job.kind === 'preview' && !('failed' in answer)) holdingPreview = true;
      resolve(answer as JobAnswer<J['kind']>);
    });
    const lang = pickLanguage(browser.i18n.getUILanguage());
    started().postMessage({ id, job, appVersion: browser.runtime.getManifest().version, lang } satisfies ToRecordWorker);
  });
}

/** The user set the preview aside: the worker, and the file it holds, can go. */
export function releasePreview(): void {
  holdingPreview = false;
  stopIfIdle();
}

export function isJobFailure<T>(answer: T | { failed: true }): answer is { failed: true } & Extract<JobAnswer<'apply'>, { failed: true }> {
  return typeof answer === 'object' && answer !== null && 'failed' in answer;
}
