import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Verdict } from './judge';

const MB = 1024 * 1024;

/** A full collection before a baseline is taken, so heap growth measures what stays, not what waits to be collected. */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

export interface CaseFigure {
  label: string;
  verdict: Verdict;
  ms: number;
}

/** The figures the issue asks the fuzz run to print: files fuzzed (read vs rejected), the slowest case, peak memory. */
export class FuzzStats {
  private readonly cases: CaseFigure[] = [];
  private peakHeap = 0;
  private peakRss = 0;
  private readonly baseline: NodeJS.MemoryUsage;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor() {
    collectGarbage();
    this.baseline = process.memoryUsage();
    // Sampled while readers await (decoders, pdf.js); record() samples between cases too.
    this.timer = setInterval(() => this.sample(), 25);
    this.timer.unref();
  }

  private sample(): void {
    const { heapUsed, rss } = process.memoryUsage();
    this.peakHeap = Math.max(this.peakHeap, heapUsed);
    this.peakRss = Math.max(this.peakRss, rss);
  }

  record(figure: CaseFigure): void {
    this.sample();
    this.cases.push(figure);
  }

  get count(): number {
    return this.cases.length;
  }

  slowest(): CaseFigure | undefined {
    return this.cases.reduce<CaseFigure | undefined>((a, c) => (!a || c.ms > a.ms ? c : a), undefined);
  }

  /** Peak heap and RSS over the run, and the heap still held after a full collection, all in MB above the start. */
  memory(): { peakHeapMb: number; peakRssMb: number; retainedHeapMb: number; baselineHeapMb: number; baselineRssMb: number } {
    this.sample();
    collectGarbage();
    return {
      baselineHeapMb: this.baseline.heapUsed / MB,
      baselineRssMb: this.baseline.rss / MB,
      peakHeapMb: (this.peakHeap - this.baseline.heapUsed) / MB,
      peakRssMb: (this.peakRss - this.baseline.rss) / MB,
      retainedHeapMb: (process.memoryUsage().heapUsed - this.baseline.heapUsed) / MB,
    };
  }

  stop(): void {
    clearInterval(this.timer);
  }

  report(title: string): string {
    const read = this.cases.filter((c) => c.verdict === 'read').length;
    const slowest = this.slowest();
    const m = this.memory();
    const mb = (n: number) => `${n.toFixed(0)} MB`;
    return [
      `${title}: files fuzzed ${this.count} (read ${read}, rejected ${this.count - read})`,
      `  slowest case: ${slowest ? `${slowest.ms.toFixed(0)} ms — ${slowest.label}` : '-'}`,
      `  peak heap: +${mb(m.peakHeapMb)} over ${mb(m.baselineHeapMb)}; peak RSS: +${mb(m.peakRssMb)} over ${mb(m.baselineRssMb)}; heap kept after GC: ${m.retainedHeapMb >= 0 ? '+' : ''}${mb(m.retainedHeapMb)}`,
    ].join('\n');
  }
}
