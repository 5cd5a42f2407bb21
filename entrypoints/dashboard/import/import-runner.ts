import { browser } from 'wxt/browser';
import { assetUrls } from '@/utils/extract/bundled-assets';
import { isFromWorker, type FromWorker, type JobContext, type ToWorker } from '@/utils/extract/worker-protocol';
import ImportWorker from './import.worker.ts?worker';

type Job = { id: number; context: JobContext } & ({ file: File } | { text: string });


/**
 * Feeds the import worker one job at a time (a file is read into memory only when its turn comes) and stops it on
 * cancel: terminating the worker is the one way to stop an OCR pass already running.
 */
/**
 * An idle worker keeps its OCR engines (a few hundred MB) warm for the next drop; after this long with nothing to
 * read it is let go, and the next file starts it again.
 */
const IDLE_MS = 120_000;

export class ImportRunner {
  private worker: Worker | null = null;
  private queue: Job[] = [];
  private running: number | null = null;
  private idle: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly onMessage: (message: FromWorker) => void) {}

  add(job: Job): void {
    this.queue.push(job);
    void this.next();
  }

  /** Stops the job in hand and drops the queue; returns the ids that will not finish. */
  cancel(): number[] {
    const stopped = [...(this.running === null ? [] : [this.running]), ...this.queue.map((j) => j.id)];
    this.worker?.terminate();
    this.worker = null;
    this.queue = [];
    this.running = null;
    return stopped;
  }

  dispose(): void {
    if (this.idle) clearTimeout(this.idle);
    this.cancel();
  }

  private start(): Worker {
    const worker = new ImportWorker();
    worker.onmessage = (event: MessageEvent<unknown>) => {
      // pdf.js, run inside the worker, posts messages of its own through the same global: only ours go on.
      if (worker !== this.worker || !isFromWorker(event.data)) return;
      if (event.data.type === 'done' && event.data.id === this.running) {
        this.running = null;
        void this.next();
      }
      this.onMessage(event.data);
    };
    worker.postMessage({ type: 'init', assets: assetUrls((path) => browser.runtime.getURL(path as never)) } satisfies ToWorker);
    return worker;
  }

  private async next(): Promise<void> {
    if (this.running !== null) return;
    const job = this.queue.shift();
    if (this.idle) clearTimeout(this.idle);
    if (!job) {
      this.idle = setTimeout(() => this.cancel(), IDLE_MS);
      return;
    }
    this.running = job.id;
    this.worker ??= this.start();
    const worker = this.worker;
    if ('text' in job) {
      worker.postMessage({ type: 'paste', id: job.id, text: job.text, context: job.context } satisfies ToWorker);
      return;
    }
    const bytes = await job.file.arrayBuffer();
    if (worker !== this.worker) return;
    worker.postMessage({ type: 'file', id: job.id, name: job.file.name, bytes, context: job.context } satisfies ToWorker, [bytes]);
  }
}
