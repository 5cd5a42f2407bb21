// What the user feels: the same files dropped on the dashboard of the built extension in headless Chromium.
import { launchWithExtension } from '../../e2e/launch.mjs';
import { dropFiles, importSettled } from '../../e2e/import-flow.mjs';

/** Drops the files at once; the first one starts the worker, pdf.js, zxing, tesseract.js and PP-OCR (cold). */
export async function timeBrowserImport(paths) {
  const browser = await launchWithExtension({ hostRules: 'MAP *.chinatax.gov.cn 127.0.0.1' });
  try {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('dashboard.html'));
    const started = performance.now();
    await dropFiles(page, paths);
    await importSettled(page, 600_000);
    const totalMs = performance.now() - started;
    const ms = await page.getByTestId('import-file').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-ms'))));
    const warm = ms.slice(1).sort((a, b) => a - b);
    return { files: ms.length, coldMs: ms[0] ?? 0, warmMedianMs: warm[Math.floor((warm.length - 1) / 2)] ?? 0, totalMs };
  } finally {
    await browser.close();
  }
}
