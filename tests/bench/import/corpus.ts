// The files the bench reads: the generated corpus (made on first use; it needs Chromium) and the real samples.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const CORPUS_DIR = 'test-output/corpus';
const SAMPLES_DIR = 'tests/fixtures/samples';

export type Kind = 'ofd-xml' | 'pdf-text' | 'image-qr' | 'ocr-a4-300' | 'pdf-scan' | 'photo-lowres';

export interface BenchFile {
  path: string;
  kind: Kind;
  truth: Record<string, string | undefined>;
  /** The QR payload the file shows, when it has one. */
  qr?: string;
}

interface CorpusTruth {
  files: Array<{ file: string; category: Exclude<Kind, 'ofd-xml'>; invoices: Array<Record<string, string>> }>;
}
interface SampleTruth {
  files: Array<{ file: string; kind: string; invoice: Record<string, string>; qr?: string }>;
}

export function ensureCorpus(): void {
  if (existsSync(`${CORPUS_DIR}/truth.json`)) return;
  console.log(`bench: generating the corpus in ${CORPUS_DIR} (Chromium renders it; about a minute)`);
  const run = spawnSync('npx', ['tsx', 'tests/corpus/generate.ts', '--out', CORPUS_DIR], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error('bench: generating the corpus failed');
}

export function benchFiles(): BenchFile[] {
  ensureCorpus();
  const corpus = JSON.parse(readFileSync(`${CORPUS_DIR}/truth.json`, 'utf8')) as CorpusTruth;
  const samples = JSON.parse(readFileSync(`${SAMPLES_DIR}/truth.json`, 'utf8')) as SampleTruth;
  const generated = corpus.files.map((f) => {
    const inv = f.invoices[0]!;
    const file: BenchFile = { path: `${CORPUS_DIR}/${f.file}`, kind: f.category, truth: inv };
    if (inv.qr) file.qr = inv.qr;
    return file;
  });
  const real = samples.files.map((f) => {
    const file: BenchFile = { path: `${SAMPLES_DIR}/${f.file}`, kind: f.kind === 'image-qr' ? 'image-qr' : 'ofd-xml', truth: f.invoice };
    if (f.qr) file.qr = f.qr;
    return file;
  });
  return [...real, ...generated];
}
