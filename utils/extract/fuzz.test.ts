// Files are untrusted (issue 15, part 4): every importer gets hand-crafted hostile files and many mutated copies of
// real invoice files. Each must be read or rejected with a clear problem, within a time bound per file, without
// crashing the process, and with memory that stays bounded. `FUZZ_CASES=5000 npx vitest run utils/extract/fuzz.test.ts`
// runs a bigger batch (the bench); FUZZ_SEED picks another sequence, and every failure names the seed to replay it.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { nodePlatform } from '../../tests/support/node-platform';
import { extractFile } from './extract-file';
import { FuzzStats } from './fuzz/fuzz-stats';
import { hostileCases } from './fuzz/hostile-cases';
import { judge } from './fuzz/judge';
import { mutate, seededRandom } from './fuzz/mutate';
import { mutateZipEntry } from './fuzz/mutate-zip';
import type { OcrEngine } from './ocr/engine';
import type { ExtractOutcome } from './types';

const CASES = Number(process.env.FUZZ_CASES ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 15);
/**
 * The bound on one file. A real invoice takes well under 2 s here (OCR aside, see below); the slowest file the limits
 * allow, 20 blank scanned pages, about 15 s. A file past this bound counts as a hang.
 */
const FILE_LIMIT_MS = 20_000;
/**
 * Memory bounds, above the heap and RSS at the start. The largest decode the limits allow is a 50-megapixel picture:
 * 200 MB of RGBA, its canvas and grey copies, about 700 MB at peak; pdf.js and the QR reader add their own buffers.
 * A zip, PDF or XML bomb would take gigabytes. What stays after a full collection is only caches (fonts, CMaps).
 */
const PEAK_RSS_MB = 1500;
const RETAINED_HEAP_MB = 64;

/**
 * OCR is stubbed: it reads a raster the image limits already bounded, costs seconds a page, and is measured by the
 * bench. The fuzz attacks the parsing before it; the OCR path still runs, with no words found.
 */
const noOcr: OcrEngine = { name: 'none', recognise: async () => [], close: async () => undefined };
const platform = nodePlatform(() => Promise.resolve(noOcr));
const ctx = { platform, modifiedAt: Date.UTC(2026, 0, 15), taxpayerId: null };
const stats = new FuzzStats();

afterAll(async () => {
  await platform.close();
  stats.stop();
});

async function extractWithin(bytes: Uint8Array, name: string, label: string): Promise<{ outcome: ExtractOutcome; ms: number }> {
  const start = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hung past ${FILE_LIMIT_MS} ms: ${label}`)), FILE_LIMIT_MS);
  });
  try {
    const outcome = await Promise.race([extractFile(bytes, name, ctx), hang]);
    return { outcome, ms: performance.now() - start };
  } finally {
    clearTimeout(timer);
  }
}

const read = (path: string) => new Uint8Array(readFileSync(`tests/fixtures/${path}`));

describe('hostile files', () => {
  const cases = hostileCases({
    ofd: read('samples/shudian-zhuanpiao-24112000000048542163.ofd'),
    pdf: read('generated/pdf-text/shudian-normal-1.pdf'),
  });

  it.each(cases.map((c) => [c.label, c] as const))('%s', async (label, c) => {
    const { outcome, ms } = await extractWithin(c.bytes(), c.name, label);
    const { verdict, faults } = judge(outcome);
    stats.record({ label, verdict, ms });
    expect(faults).toEqual([]);
    expect(c.expect).toContain(verdict === 'read' ? 'read' : outcome.problems[0]!.code);
    const json = JSON.stringify(outcome);
    if (c.holds) expect(json).toContain(c.holds);
    if (c.lacks) expect(json).not.toContain(c.lacks);
    expect(ms).toBeLessThan(FILE_LIMIT_MS);
  }, FILE_LIMIT_MS * 2);
});

/** Real files of every kind, and how many of the mutations each gets: the cheap readers get more, PDFs and images fewer. */
const SEEDS: ReadonlyArray<{ path: string; weight: number; zip?: boolean }> = [
  { path: 'samples/shudian-zhuanpiao-24112000000048542163.ofd', weight: 3, zip: true },
  { path: 'samples/legacy-dianzi-putong-033002000211-83089647.ofd', weight: 3, zip: true },
  { path: 'samples/legacy-dianzi-putong-xbrl-qingdan-033002200211-99934328.ofd', weight: 3, zip: true },
  { path: 'samples/shudian-putong-25322000000365404822.xml', weight: 3 },
  { path: 'samples/shudian-zhuanpiao-multirate-26322000004478296111.xml', weight: 3 },
  { path: 'generated/sheets/erp-gbk.csv', weight: 3 },
  { path: 'generated/sheets/erp-utf8-bom.csv', weight: 3 },
  { path: 'generated/sheets/excel-paste.tsv', weight: 2 },
  { path: 'generated/sheets/erp-list.xlsx', weight: 3, zip: true },
  { path: 'generated/sheets/全量发票查询导出结果.xlsx', weight: 3, zip: true },
  { path: 'generated/pdf-text/shudian-normal-1.pdf', weight: 1 },
  { path: 'generated/pdf-scan/shudian-special-1-scan-200dpi.pdf', weight: 1 },
  { path: 'generated/photo-lowres/e-special-1-screenshot.jpg', weight: 1 },
  { path: 'generated/image-qr/shudian-normal-1-150dpi.png', weight: 1 },
];
const totalWeight = SEEDS.reduce((n, s) => n + s.weight, 0);

describe(`mutated files (FUZZ_CASES=${CASES}, FUZZ_SEED=${SEED})`, () => {
  it.each(SEEDS.map((s, index) => [s.path, s, index] as const))('%s', async (path, seed, index) => {
    const original = read(path);
    const name = path.split('/').pop()!;
    const count = Math.max(1, Math.round((CASES * seed.weight) / totalWeight));
    const failures: string[] = [];
    for (let i = 0; i < count; i++) {
      // One generator per case: any case replays alone from FUZZ_SEED, the seed file and its index.
      const random = seededRandom(SEED * 1_000_003 + index * 10_007 + i);
      const mutation = seed.zip && random() < 0.5 ? mutateZipEntry(original, random) : mutate(original, random);
      const label = `${name} #${i} ${mutation.label}`;
      const { outcome, ms } = await extractWithin(mutation.bytes, name, label);
      const { verdict, faults } = judge(outcome);
      stats.record({ label, verdict, ms });
      if (faults.length) failures.push(`${label}: ${faults.join('; ')}`);
    }
    expect(failures).toEqual([]);
  }, 600_000);
});

describe('the whole run', () => {
  it('stays within its memory bounds, and prints the figures', () => {
    const memory = stats.memory();
    console.log(stats.report('fuzz'));
    expect(stats.count).toBeGreaterThan(0);
    expect(memory.peakRssMb).toBeLessThan(PEAK_RSS_MB);
    expect(memory.retainedHeapMb).toBeLessThan(RETAINED_HEAP_MB);
    expect(stats.slowest()!.ms).toBeLessThan(FILE_LIMIT_MS);
  });
});
