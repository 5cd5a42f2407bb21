import type { FromRecordWorker, JobAnswer, RecordJob } from './record-protocol';
import RecordWorker from './record.worker.ts?worker';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { kind: RecordJob['kind']; resolve: (answer: FromRecordWorker['answer']) => void }>();

function started(): Worker {
  if (worker) return worker;
  const fresh = new RecordWorker();
  fresh.onmessage = (event: MessageEvent<FromRecordWorker>) => {
    const job = pending.get(event.data.id);
    pending.delete(event.data.id);
    job?.resolve(event.data.answer);
    // A job at 10,000 invoices leaves a few hundred MB of heap behind; only a preview waiting for its confirmation
    // is worth keeping it for. Otherwise the worker goes, and the next job starts a fresh one.
    const holdsPreview = job?.kind === 'preview' && !('failed' in event.data.answer);
    if (!pending.size && !holdsPreview && worker === fresh) {
      fresh.terminate();
      worker = null;
    }
  };
  worker = fresh;
  return fresh;
}

/** Runs one record job in the worker. */
export function runRecordJob<J extends RecordJob>(job: J): Promise<JobAnswer<J['kind']>> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, { kind: job.kind, resolve: resolve as (answer: FromRecordWorker['answer']) => void });
    started().postMessage({ id, job });
  });
}

export function isJobFailure<T>(answer: T | { failed: true }): answer is { failed: true } & Extract<JobAnswer<'apply'>, { failed: true }> {
  return typeof answer === 'object' && answer !== null && 'failed' in answer;
}
