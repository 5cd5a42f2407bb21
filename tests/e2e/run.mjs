// Runs the real-browser suite with Node's test runner; any failure or a suite that ran nothing fails the run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const files = readdirSync('tests/e2e').filter((f) => f.endsWith('.e2e.mjs')).map((f) => `tests/e2e/${f}`);
if (!files.length) {
  console.error('e2e: no test files found');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
