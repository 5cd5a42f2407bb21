// Runs before `npm test` and `npm run demo` on a fresh clone: installs dependencies when node_modules is missing or
// older than the lockfile, and makes sure a Chromium-family browser exists. Imports only Node built-ins.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

function dependenciesStale() {
  const installed = 'node_modules/.package-lock.json';
  if (!existsSync(installed)) return true;
  return statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs;
}

function canApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

if (dependenciesStale()) {
  console.log('[ensure-env] node_modules is missing or stale: running npm ci');
  run('npm ci');
}

if (!findBrowser()) {
  if (canApt()) {
    console.log('[ensure-env] no Chromium/Chrome/Edge found: installing Debian chromium');
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk');
  }
  if (!findBrowser()) {
    console.error(
      '[ensure-env] No Chromium, Chrome or Edge found.\n' +
        '  Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk\n' +
        '  macOS/Windows: install Google Chrome or Microsoft Edge\n' +
        '  or point FAPIAO_BROWSER at a Chromium-family executable.',
    );
    process.exit(1);
  }
}
console.log(`[ensure-env] dependencies ok; browser: ${findBrowser()}`);
