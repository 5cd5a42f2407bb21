// npm run bench, part two: reading invoice files. Prints per file kind the median time and the key fields read right,
// the OCR engines side by side (with Debian's tesseract), what each engine adds to the extension, and the import as
// the user feels it in Chromium. Run on the corpus of tests/corpus plus the real samples.
import { existsSync, readFileSync } from 'node:fs';
import { extractFile } from '../../../utils/extract/extract-file';
import type { OcrEngine } from '../../../utils/extract/ocr/engine';
import type { ExtractOutcome } from '../../../utils/extract/types';
import { nodePlatform, startShippedOcr, startTesseract } from '../../support/node-platform';
import { engineSizes } from './bundle-sizes';
import { timeBrowserImport } from './chromium-import.mjs';
import { benchFiles, type BenchFile, type Kind } from './corpus';
import { nativeTesseractMs, nativeTesseractVersion } from './native-tesseract';
import { startPpOcrPages } from './pp-page-engine';
import { scoreOutcome, type Score } from './score';

const KIND_LABELS: Record<Kind, string> = {
  'ofd-xml': 'OFD / XML',
  'pdf-text': 'PDF with a text layer',
  'image-qr': 'image with a readable QR (QR fields)',
  'ocr-a4-300': 'OCR-only A4 at 300 dpi (warm)',
  'pdf-scan': 'PDF without a text layer (scan)',
  'photo-lowres': 'photos and low-res screenshots',
};
const TARGETS: Record<Kind, string> = {
  'ofd-xml': '< 50 ms · 100%',
  'pdf-text': '< 500 ms · 100%',
  'image-qr': '< 1 s · 100%',
  'ocr-a4-300': '< 3 s · ≥ 95%',
  'pdf-scan': '—',
  'photo-lowres': '— · ≥ 90%',
};
const OCR_KINDS: readonly Kind[] = ['ocr-a4-300', 'photo-lowres', 'pdf-scan'];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);
const pct = (s: Score) => `${s.right}/${s.all} = ${((100 * s.right) / Math.max(1, s.all)).toFixed(1)}%`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(r));
  console.log();
}

interface Run {
  file: BenchFile;
  ms: number;
  /** When the file's QR fields were shown, before OCR read the rest. */
  partialMs: number | null;
  /** The OCR whole-page pass alone (the part comparable to running tesseract on the image). */
  pagePassMs: number | null;
  score: Score;
}

interface EngineRun {
  runs: Run[];
  /** Starting the engine: workers, language data, sessions. */
  startMs: number;
  /** The first file read after the start, untimed in the table: WebAssembly is compiled to its fast tier on first use. */
  firstMs: number;
}

async function extract(platform: ReturnType<typeof nodePlatform>, file: BenchFile, qrOnly: boolean): Promise<Run> {
  const bytes = new Uint8Array(readFileSync(file.path));
  const started = performance.now();
  let partialMs: number | null = null;
  // readByOcr reports 0.05 as it starts the page pass and 0.6 once the page is read.
  let passStart: number | null = null;
  let pagePassMs: number | null = null;
  const outcome: ExtractOutcome = await extractFile(bytes, file.path, {
    platform,
    modifiedAt: Date.now(),
    taxpayerId: null,
    onPartial: () => (partialMs ??= performance.now() - started),
    onProgress: (stage, fraction) => {
      if (stage !== 'ocr') return;
      if (fraction === 0.05) passStart = performance.now();
      else if (passStart !== null && pagePassMs === null && fraction >= 0.3) pagePassMs = performance.now() - passStart;
    },
  });
  const score = scoreOutcome(file, outcome, qrOnly && file.kind === 'image-qr');
  return { file, ms: performance.now() - started, partialMs, pagePassMs, score };
}

async function runAll(files: BenchFile[], startOcr: () => Promise<OcrEngine>, qrOnly: boolean): Promise<EngineRun> {
  const platform = nodePlatform(startOcr);
  const started = performance.now();
  await platform.ocr();
  const startMs = performance.now() - started;
  const warmUp = files.find((f) => f.kind === 'ocr-a4-300') ?? files[0]!;
  const firstMs = (await extract(platform, warmUp, qrOnly)).ms;
  const runs: Run[] = [];
  for (const file of files) runs.push(await extract(platform, file, qrOnly));
  await platform.close();
  return { runs, startMs, firstMs };
}

function byKind(runs: Run[], kind: Kind): { ms: number; score: Score } {
  const of = runs.filter((r) => r.file.kind === kind);
  const score = of.reduce<Score>((s, r) => ({ right: s.right + r.score.right, all: s.all + r.score.all, wrong: [...s.wrong, ...r.score.wrong] }), { right: 0, all: 0, wrong: [] });
  return { ms: median(of.map((r) => r.ms)), score };
}

async function main(): Promise<void> {
  const files = benchFiles();
  const kinds = Object.keys(KIND_LABELS) as Kind[];

  console.log('\n## Reading invoice files (shipped pipeline: tesseract.js pages + PP-OCRv4 recogniser for fields), Node\n');
  const shipped = await runAll(files, startShippedOcr, true);
  table(
    ['file kind', 'files', 'median time', 'key fields right', 'target'],
    kinds.map((k) => {
      const r = byKind(shipped.runs, k);
      const partial = median(shipped.runs.filter((x) => x.file.kind === k && x.partialMs !== null).map((x) => x.partialMs!));
      const time = k === 'image-qr' ? `${ms(partial)} to its QR fields (${ms(r.ms)} to all)` : ms(r.ms);
      return [KIND_LABELS[k], String(shipped.runs.filter((x) => x.file.kind === k).length), time, pct(r.score), TARGETS[k]];
    }),
  );
  console.log(`Cold start, apart: starting the OCR engines (two tesseract.js workers with chi_sim + eng, the PP-OCR session) ${ms(shipped.startMs)}; the first file after it ${ms(shipped.firstMs)} (WebAssembly compiles to its fast tier on first use).\n`);

  const ocrFiles = files.filter((f) => OCR_KINDS.includes(f.kind));
  console.log('## OCR engines on the same images (all six key fields)\n');
  const shippedAll = { ...shipped, runs: shipped.runs.filter((r) => OCR_KINDS.includes(r.file.kind)) };
  const engines: Array<[string, EngineRun]> = [
    ['tesseract.js alone (1 worker)', await runAll(ocrFiles, startTesseract, false)],
    ['PP-OCRv4 alone (det + rec)', await runAll(ocrFiles, startPpOcrPages, false)],
    ['shipped: tesseract.js (2 workers) + PP-OCRv4 rec for fields', shippedAll],
  ];
  const nativeVersion = nativeTesseractVersion();
  const native = new Map<Kind, number>();
  if (nativeVersion) {
    for (const kind of OCR_KINDS) {
      const times = ocrFiles.filter((f) => f.kind === kind && !f.path.endsWith('.pdf')).map((f) => nativeTesseractMs(f.path)).filter((t): t is number => t !== null);
      if (times.length) native.set(kind, median(times));
    }
  }
  table(
    ['engine', ...OCR_KINDS.map((k) => `${k}: right · median`), 'engine start'],
    engines.map(([name, run]) => [name, ...OCR_KINDS.map((k) => {
      const r = byKind(run.runs, k);
      return `${pct(r.score)} · ${ms(r.ms)}`;
    }), ms(run.startMs)]),
  );
  if (nativeVersion) {
    console.log(`Debian ${nativeVersion}, chi_sim+eng, OMP_THREAD_LIMIT=1, whole image, text only:\n`);
    table(
      ['file kind', 'native tesseract median', 'ours, whole file', 'ours ÷ native (target ≤ 1.0)', 'our page pass alone', 'page pass ÷ native'],
      OCR_KINDS.filter((k) => native.has(k)).map((k) => {
        const ours = byKind(shippedAll.runs, k).ms;
        const pass = median(shippedAll.runs.filter((r) => r.file.kind === k && r.pagePassMs !== null).map((r) => r.pagePassMs!));
        return [k, ms(native.get(k)!), ms(ours), (ours / native.get(k)!).toFixed(2), ms(pass), (pass / native.get(k)!).toFixed(2)];
      }),
    );
  } else {
    console.log('Debian tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim): its column is skipped.\n');
  }

  console.log('## What each engine adds to the extension\n');
  table(['part', 'on disk', 'gzip'], engineSizes().map((s) => [s.engine, mb(s.bytes), mb(s.zipped)]));

  if (existsSync('.output/chrome-mv3/manifest.json')) {
    const a4 = files.filter((f) => f.kind === 'ocr-a4-300').map((f) => f.path);
    const browser = await timeBrowserImport(a4);
    console.log('## Dashboard import in headless Chromium (built extension), OCR-only A4 scans\n');
    table(['files', 'first file (cold)', 'median of the rest (warm)', 'whole drop'], [[String(browser.files), ms(browser.coldMs), ms(browser.warmMedianMs), ms(browser.totalMs)]]);
  } else {
    console.log('(Build the extension with `npm run build` for the Chromium import figures.)\n');
  }

  const misses = shipped.runs.filter((r) => r.score.wrong.length);
  if (misses.length) {
    console.log('Key fields missed by the shipped pipeline:');
    for (const r of misses) console.log(`  ${r.file.path}: ${r.score.wrong.join('; ')}`);
  }
}

await main();
