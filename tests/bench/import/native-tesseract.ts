import { spawnSync } from 'node:child_process';

/** Debian's tesseract on one image, chi_sim+eng, one thread (its default two threads are slower on two cores). */
export function nativeTesseractMs(path: string): number | null {
  const started = performance.now();
  const run = spawnSync('tesseract', [path, '-', '-l', 'chi_sim+eng'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, encoding: 'utf8' });
  if (run.error || run.status !== 0) return null;
  return performance.now() - started;
}

export function nativeTesseractVersion(): string | null {
  const run = spawnSync('tesseract', ['--version'], { encoding: 'utf8' });
  return run.error || run.status !== 0 ? null : (run.stdout || run.stderr).split('\n')[0]!.trim();
}
