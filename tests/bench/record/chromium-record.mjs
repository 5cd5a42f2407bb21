// What the user feels: exports, a backup and restores of the whole register in the built extension in Chromium.
import { readFileSync } from 'node:fs';
import { launchWithExtension } from '../../e2e/launch.mjs';
import { sampleMemory } from './process-memory.mjs';

const TIMEOUT = 600_000;

/** Waits for `testId`, or fails at once with the message the page shows instead. */
async function shown(page, testId) {
  const error = page.locator('[data-testid=restore-error], [data-testid=export-error], [data-testid=backup-error]');
  await Promise.race([
    page.getByTestId(testId).waitFor({ timeout: TIMEOUT }),
    error.first().waitFor({ timeout: TIMEOUT }).then(async () => {
      throw new Error(`the page says: ${await error.first().textContent()}`);
    }),
  ]);
}

async function dashboard() {
  const browser = await launchWithExtension({ hostRules: 'MAP *.chinatax.gov.cn 127.0.0.1' });
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('dashboard.html'));
  await page.getByTestId('export-panel').waitFor();
  // The longest stretch the page's own thread was busy: what "the page froze" means to the user.
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  return { browser, page };
}

/** Runs one job, measuring wall time, peak renderer memory and the page's longest task while it ran. */
async function measure(page, label, job) {
  await page.evaluate(() => (window.__longest = 0));
  const stop = sampleMemory();
  const started = performance.now();
  const detail = await job();
  const ms = performance.now() - started;
  const { before, peak } = stop();
  const longestTaskMs = await page.evaluate(() => window.__longest);
  return { label, ms, rssBefore: before, rssPeak: peak, longestTaskMs, ...detail };
}

async function download(page, testId) {
  const waiting = page.waitForEvent('download', { timeout: TIMEOUT });
  await page.getByTestId(testId).click();
  const file = await waiting;
  return { bytes: readFileSync(await file.path()) };
}

async function restore(page, bytes, passphrase) {
  // Handing the file to the page is the test's doing (Playwright decodes it in the page), not the user's wait.
  await page.getByTestId('restore-file').setInputFiles({ name: 'backup.fwbackup', mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  await page.getByTestId('restore-passphrase').fill(passphrase);
  await page.waitForTimeout(500);
  const preview = await measure(page, 'restore: decrypt, check and preview', async () => {
    await page.getByTestId('restore-open').click();
    const counts = page.getByTestId('merge-counts');
    await shown(page, 'merge-counts');
    return { added: Number(await counts.getAttribute('data-added')) };
  });
  const write = await measure(page, 'restore: write in one transaction', async () => {
    await page.getByTestId('restore-confirm').click();
    await shown(page, 'restore-status');
    return {};
  });
  // The list redraws with every restored invoice; the next step starts once the user would see them.
  const listed = preview.added;
  await page.locator(`[data-testid=list-count][data-total="${listed}"]`).waitFor({ timeout: TIMEOUT });
  // Long-task reports arrive after the task; let the redraw's report land before the next step starts counting.
  await page.waitForTimeout(1000);
  return [preview, write];
}

/**
 * Restores the seed backup into a fresh profile, exports it three ways, backs it up, and restores that backup into
 * a second fresh profile. Returns one measurement per step.
 */
export async function timeRecordJobs(seed, passphrase) {
  const results = [];
  const a = await dashboard();
  let backup;
  try {
    results.push(...(await restore(a.page, seed, passphrase)));
    for (const [testId, label] of [['export-csv', 'export CSV'], ['export-xlsx', 'export XLSX'], ['export-json', 'export JSON']]) {
      results.push(await measure(a.page, label, async () => ({ bytes: (await download(a.page, testId)).bytes.length })));
    }
    await a.page.getByTestId('backup-passphrase').fill(passphrase);
    results.push(
      await measure(a.page, 'backup (encrypt, with originals)', async () => {
        backup = (await download(a.page, 'backup')).bytes;
        return { bytes: backup.length };
      }),
    );
  } finally {
    await a.browser.close();
  }
  const b = await dashboard();
  try {
    results.push(...(await restore(b.page, backup, passphrase)).map((r) => ({ ...r, label: `round trip ${r.label}` })));
  } finally {
    await b.browser.close();
  }
  return results;
}
