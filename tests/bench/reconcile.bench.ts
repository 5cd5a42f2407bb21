import { bench, describe } from 'vitest';
import { diagnose } from '../../utils/diagnose/diagnose';
import type { Finding } from '../../utils/diagnose/types';
import { indexSightings, reconcile } from '../../utils/reconcile/reconcile';
import { EXPECTED, ME, SIGHTINGS, T0, scaleData } from './scale-data';

/* The data set of scale-data.ts. Measured: index + reconcile + diagnose of every invoice not seen, as the popup's status report does it. */
const { expected, sightings, scopes, signals } = scaleData();
const timings: number[] = [];
/** The last run's output, kept so the retained heap can be measured. */
let retained: { index: unknown; results: unknown; findings: Finding[][] } = {
  index: null,
  results: null,
  findings: [],
};
let heapBefore = 0;
/** Present when run with NODE_OPTIONS=--expose-gc; then the retained figure excludes garbage. */
const gc = (globalThis as { gc?: () => void }).gc;
const heapUsed = () => process.memoryUsage().heapUsed;

function run(): void {
  const started = performance.now();
  const index = indexSightings(sightings);
  const results = reconcile(expected, index, scopes);
  const findings: Finding[][] = [];
  results.forEach((result, i) => {
    if (result.status === 'visible') return;
    findings.push(
      diagnose({
        expected: expected[i]!,
        result,
        scopes,
        signals,
        taxpayer: { taxId: ME, at: T0 },
        verification: null,
        now: T0,
        online: true,
      }),
    );
  });
  timings.push(performance.now() - started);
  retained = { index, results, findings };
}

function report(): void {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  gc?.();
  const growth = gc
    ? `${mb(heapUsed() - heapBefore)} retained by one run's index, results and findings`
    : `${mb(heapUsed() - heapBefore)} heap growth including garbage not yet collected (NODE_OPTIONS=--expose-gc gives the retained size)`;
  console.log(
    `reconcile+diagnose: median ${median(timings).toFixed(1)} ms over ${timings.length} runs, ${retained.findings.length} invoices diagnosed; ` +
      `heap ${mb(heapBefore)} with the data set, ${growth}`,
  );
}

describe('reconcile + diagnose at scale', () => {
  bench(`${EXPECTED} expected vs ${SIGHTINGS} sightings`, run, {
    time: 5_000,
    iterations: 20,
    // Warm-up samples are dropped: the figures describe the measured runs only.
    setup: () => {
      timings.length = 0;
      retained = { index: null, results: null, findings: [] };
      gc?.();
      heapBefore = heapUsed();
    },
    teardown: (_task, mode) => {
      if (mode === 'run') report();
    },
  });
});
