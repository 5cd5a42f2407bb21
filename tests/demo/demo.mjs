// `npm run demo`: the product end to end. Starts the portal replica with sample data, opens Chromium with the built
// extension, registers expected invoices, runs one portal query, and prints what the popup says about each one.
import { mkdirSync } from 'node:fs';
import { sampleData } from '../replica/data.mjs';
import { chromiumHostRules, startReplica } from '../replica/server.mjs';
import { launchWithExtension } from '../e2e/launch.mjs';
import { PORTAL_QUERY_URL, addAndConfirm, openWhy, runPortalQuery } from '../e2e/portal-flow.mjs';
import { chinaToday, queryStart, scenarioCases } from '../e2e/scenario.mjs';
import { dropFiles, importSettled } from '../e2e/import-flow.mjs';

/** Files a supplier sends and the company's own list, one of each kind; the demo reads them and discards the import. */
const IMPORT_FILES = [
  'tests/fixtures/samples/shudian-zhuanpiao-24112000000048542163.ofd',
  'tests/fixtures/samples/shudian-putong-25322000000365404822.xml',
  'tests/fixtures/generated/pdf-text/e-special-1.pdf',
  'tests/fixtures/generated/photo-lowres/shudian-normal-1-photo.jpg',
  'tests/fixtures/generated/ocr-a4-300/paper-special-1-a4.jpg',
  'tests/fixtures/generated/sheets/erp-utf8-bom.csv',
];

const OUT = 'demo-output';
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux';
const today = chinaToday();
const data = sampleData(today);
const cases = scenarioCases(data, today);

mkdirSync(OUT, { recursive: true });
const replica = await startReplica({ port: 0, today });
const browser = await launchWithExtension({ hostRules: chromiumHostRules(replica.port), headless });
console.log(`发票守望 demo — portal replica for ${data.taxpayer.Nsrmc} (${data.taxpayer.Nsrsbh}), ${headless ? 'headless' : 'windowed'}`);

try {
  const dashboard = await browser.context.newPage();
  await dashboard.goto(browser.extensionUrl('dashboard.html'));
  for (const c of cases) {
    await addAndConfirm(dashboard, c.input);
  }
  console.log(`\n1. 已登记 ${cases.length} 张应收发票 / registered ${cases.length} expected invoices`);

  const portal = await browser.context.newPage();
  await portal.goto(PORTAL_QUERY_URL);
  const dateFrom = queryStart(today);
  await runPortalQuery(portal, { dateFrom });
  await portal.screenshot({ path: `${OUT}/1-portal-query.png`, fullPage: true });
  console.log(`2. 全量发票查询：取得发票 ${dateFrom} 至 ${today} — ${await portal.locator('.t-pagination__total').innerText()}`);

  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 460, height: 900 });
  await popup.goto(browser.extensionUrl('popup.html'));
  await popup.getByTestId('missing-row').first().waitFor();
  const keys = await popup.getByTestId('missing-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
  console.log(`3. 弹窗：${keys.length} 张发票未在电子税务局看到 / ${keys.length} not visible on the portal\n`);
  for (const key of keys) {
    const row = await openWhy(popup, key);
    const findings = await row.getByTestId('finding').evaluateAll((els) =>
      els.map((e) => {
        const text = (selector) => e.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        return { id: e.dataset.check, verdict: e.dataset.verdict, title: text('.title'), evidence: text('.evidence'), next: text('.next') };
      }),
    );
    console.log(`   ${key}`);
    for (const f of findings.filter((f) => f.verdict === 'cause')) {
      console.log(`     [${f.id}] ${f.title}\n       证据: ${f.evidence}${f.next ? `\n       下一步: ${f.next}` : ''}`);
    }
  }
  await popup.screenshot({ path: `${OUT}/2-popup-why.png`, fullPage: true });
  await dashboard.reload();
  await dashboard.getByTestId('invoice-row').first().waitFor();
  await dashboard.screenshot({ path: `${OUT}/3-dashboard.png`, fullPage: true });

  console.log(`\n4. 导入供应商发来的文件 / importing ${IMPORT_FILES.length} files (OFD, XML, PDF, photo, paper scan by OCR, ERP CSV)`);
  await dropFiles(dashboard, IMPORT_FILES);
  await importSettled(dashboard);
  for (const file of await dashboard.getByTestId('import-file').all()) {
    const name = await file.getAttribute('data-name');
    const found = await dashboard.locator(`[data-testid=import-review-row][data-file="${name}"]`).evaluateAll((rows) =>
      rows.map((r) => `${r.getAttribute('data-key')} (${r.getAttribute('data-state')})`),
    );
    console.log(`   ${name}: ${Number(await file.getAttribute('data-ms')) / 1000} s — ${found.join(', ') || (await file.innerText()).split('\n').pop()}`);
  }
  await dashboard.screenshot({ path: `${OUT}/4-import-review.png`, fullPage: true });
  await dashboard.getByTestId('import-discard').click();

  console.log('\n5. 本地记录 / the local record');
  for (const testId of ['export-csv', 'export-xlsx', 'export-json']) {
    const waiting = dashboard.waitForEvent('download');
    await dashboard.getByTestId(testId).click();
    const file = await waiting;
    await file.saveAs(`${OUT}/${file.suggestedFilename()}`);
    console.log(`   ${OUT}/${file.suggestedFilename()}`);
  }
  const reportLink = popup.locator('[data-testid=missing-row][data-status=missing]').first().getByTestId('report');
  const report = await browser.context.newPage();
  await report.goto(await reportLink.getAttribute('href'));
  await report.getByTestId('report-seller-text').waitFor();
  await report.screenshot({ path: `${OUT}/5-report.png`, fullPage: true });
  console.log(`   问题报告 / report: ${await report.locator('h1').first().innerText()}\n   发给销售方 / to the seller:\n${(await report.getByTestId('report-seller-text').textContent()).replace(/^/gm, '     ')}`);
  console.log(`\n截图 / screenshots: ${OUT}/1-portal-query.png, 2-popup-why.png, 3-dashboard.png, 4-import-review.png, 5-report.png`);
  if (!headless) {
    console.log('浏览器保持打开，关闭窗口即结束 / close the browser window to finish.');
    await new Promise((resolve) => browser.context.on('close', resolve));
  }
} finally {
  await browser.close().catch(() => undefined);
  await replica.close();
}
