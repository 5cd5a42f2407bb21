import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { tsImport } from 'tsx/esm/api';
import { launchWithExtension } from './launch.mjs';
import { dropFiles, importSettled, saveImport } from './import-flow.mjs';

const { readRecord } = await tsImport('../../utils/export/record/read-record.ts', import.meta.url);

const SAMPLES = 'tests/fixtures/samples';
const GENERATED = 'tests/fixtures/generated';
const OFD = { file: `${SAMPLES}/shudian-zhuanpiao-24112000000048542163.ofd`, key: '24112000000048542163' };
const XML = { file: `${SAMPLES}/shudian-putong-25322000000365404822.xml`, key: '25322000000365404822' };
const truth = JSON.parse(readFileSync(`${GENERATED}/truth.json`, 'utf8'));
const ERP = truth.sheets.find((s) => s.file === 'sheets/erp-utf8-bom.csv').rows.slice(0, 4);
const keyOf = (inv) => (inv.code ? `${inv.code}-${inv.number}` : inv.number);
/** What a careless or hostile sheet might hold in text cells: each must reach Excel as text, never as a formula. */
const LIVE = ['=HYPERLINK("http://evil.example","点击")', '+1+2', '@SUM(A1)', '-2+3'];
const PASSPHRASE = '北京财务 backup 2026';

/** An ERP list whose seller names look like formulas. */
function hostileCsv() {
  const head = '发票代码,发票号码,开票日期,价税合计,销售方名称,销售方税号';
  const lines = ERP.map((r, i) => [r.code, r.number, r.date, r.total, `"${LIVE[i].replaceAll('"', '""')}"`, r.sellerTaxId].join(','));
  return Buffer.from(`\uFEFF${[head, ...lines].join('\r\n')}\r\n`);
}

const profiles = [];
const requests = [];

async function profile() {
  const browser = await launchWithExtension({ hostRules: 'MAP *.chinatax.gov.cn 127.0.0.1' });
  browser.context.on('request', (r) => requests.push(r.url()));
  profiles.push(browser);
  return browser;
}

async function dashboard(browser) {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('dashboard.html'));
  await page.getByTestId('export-panel').waitFor();
  return page;
}

async function download(page, testId) {
  const waiting = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const file = await waiting;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

async function listedKeys(page) {
  return (await page.getByTestId('invoice-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')))).sort();
}

/** The record minus the moment it was made: two exports of the same store must be equal. */
function recordBody(bytes) {
  const { exportedAt: _, ...rest } = JSON.parse(bytes.toString('utf8'));
  for (const list of Object.values(rest)) if (Array.isArray(list)) list.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return rest;
}

after(async () => {
  for (const p of profiles) await p.close();
});

// Exports and backups are made on this computer: no test may see a request to anywhere but the extension itself.
afterEach(() => {
  assert.deepEqual(requests.filter((u) => !/^(chrome-extension|blob|data):/.test(u)), []);
});

describe('the local record of one finance user', () => {
  let page;
  let seeded;
  before(async () => {
    page = await dashboard(await profile());
    await dropFiles(page, [OFD.file, XML.file, { name: 'erp.csv', bytes: hostileCsv() }, `${GENERATED}/sheets/全量发票查询导出结果.xlsx`]);
    await importSettled(page);
    await saveImport(page);
    await page.locator(`[data-testid=invoice-row][data-key="${keyOf(ERP[3])}"]`).waitFor();
    seeded = await listedKeys(page);
    assert.equal(seeded.length, 2 + ERP.length);
  });

  // Each test starts from the whole list, whatever the one before it filtered.
  beforeEach(async () => {
    await page.getByTestId('list-filter').selectOption('all');
  });

  it('exports a CSV that Excel opens as it is: BOM, identifiers as text, every formula-like cell inert', async () => {
    const csv = await download(page, 'export-csv');
    assert.match(csv.name, /\.csv$/);
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = csv.bytes.toString('utf8').slice(1);
    assert.ok(text.includes('\r\n'));
    const lines = text.trim().split('\r\n');
    assert.equal(lines.length, 1 + seeded.length);
    assert.ok(text.includes(`"=""${OFD.key}"""`), 'the 20-digit number is written as text');
    assert.ok(text.includes(`"=""${ERP[0].code}"""`), 'the code keeps its leading zero');
    for (const live of LIVE) assert.ok(text.includes(`'${live}`.replaceAll('"', '""')), `${live} is inert`);
    const cells = lines.flatMap((l) => l.match(/("([^"]|"")*"|[^,]*)/g) ?? []).map((c) => (c.startsWith('"') ? c.slice(1, -1).replaceAll('""', '"') : c));
    for (const cell of cells.filter((c) => /^[=+@\t\r]/.test(c))) assert.match(cell, /^="\d+(E\d+)?"$/i, `only numeric-looking identifiers are wrapped: ${cell}`);
  });

  it('exports an XLSX with numbers and tax IDs as text, amounts as numbers, dates as dates, and a findings sheet', async () => {
    const xlsx = await download(page, 'export-xlsx');
    const parts = unzipSync(new Uint8Array(xlsx.bytes));
    const workbook = strFromU8(parts['xl/workbook.xml']);
    assert.match(workbook, /name="发票"/);
    assert.match(workbook, /name="检查结果"/);
    assert.match(strFromU8(parts['xl/worksheets/sheet1.xml']), /<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    const [invoices, findings] = await readXlsxFile(xlsx.bytes);
    assert.deepEqual([invoices.sheet, findings.sheet], ['发票', '检查结果']);
    const rows = invoices.data;
    const header = rows[0];
    const at = (name) => header.indexOf(name);
    const ofd = rows.find((r) => r[at('发票号码')] === OFD.key);
    assert.ok(ofd, 'the 20-digit number reads back as the exact string');
    assert.equal(typeof ofd[at('销售方税号')], 'string');
    assert.equal(ofd[at('价税合计')], 4449);
    assert.ok(ofd[at('开票日期')] instanceof Date);
    assert.equal(ofd[at('开票日期')].toISOString().slice(0, 10), '2024-05-28');
    const legacy = rows.find((r) => r[at('发票号码')] === ERP[0].number);
    assert.equal(legacy[at('发票代码')], ERP[0].code);
    assert.equal(legacy[at('销售方名称')], LIVE[0], 'text cells stay text (an XLSX string cell is never evaluated)');
    assert.ok(findings.data.length > 1);
  });

  it('exports a JSON record the schema accepts, and just the filtered invoices when asked', async () => {
    const json = await download(page, 'export-json');
    const read = readRecord(json.bytes.toString('utf8'));
    assert.ok(read.ok, JSON.stringify(read.problems));
    assert.deepEqual(read.record.invoices.map((i) => i.key).sort(), seeded);
    assert.ok(read.record.sightings.length > 0 && read.record.scopes.length > 0, 'the portal export is in the record');
    assert.ok(read.record.files.some((f) => f.invoiceKey === OFD.key));

    await page.getByTestId('list-filter').selectOption('visible');
    await page.locator('[data-testid=export-selection][value=filtered]').check();
    const filtered = readRecord((await download(page, 'export-json')).bytes.toString('utf8'));
    await page.getByTestId('list-filter').selectOption('all');
    assert.ok(await page.locator('[data-testid=export-selection][value=all]').isChecked(), 'the export follows the list back to all');
    assert.equal(filtered.record.selection, 'filtered');
    assert.ok(filtered.record.invoices.length < seeded.length);
  });

  it('makes an encrypted backup that restores exactly in a fresh profile, originals included; bad files change nothing', async () => {
    await page.getByTestId('backup-passphrase').fill('short');
    await page.getByTestId('backup').click();
    await page.locator('[data-testid=backup-error][data-code=backup-passphrase-short]').waitFor();
    await page.getByTestId('backup-passphrase').fill(PASSPHRASE);
    const backup = await download(page, 'backup');
    assert.match(backup.name, /\.fwbackup$/);
    assert.ok(!backup.bytes.includes(Buffer.from(OFD.key)), 'nothing readable in the backup');
    const before = (await download(page, 'export-json')).bytes;

    const fresh = await dashboard(await profile());
    await fresh.getByTestId('list-empty').waitFor();
    const tampered = Buffer.from(backup.bytes);
    tampered[tampered.length - 30] ^= 0x40;
    for (const [bytes, passphrase, code] of [
      [backup.bytes, 'wrong passphrase', 'backup-wrong-passphrase'],
      [tampered, PASSPHRASE, 'backup-tampered'],
      [backup.bytes.subarray(0, backup.bytes.length - 100), PASSPHRASE, 'backup-truncated'],
    ]) {
      await fresh.getByTestId('restore-file').setInputFiles({ name: 'b.fwbackup', mimeType: 'application/octet-stream', buffer: bytes });
      await fresh.getByTestId('restore-passphrase').fill(passphrase);
      await fresh.getByTestId('restore-open').click();
      await fresh.locator(`[data-testid=restore-error][data-code=${code}]`).waitFor({ timeout: 30_000 });
      assert.equal(await fresh.getByTestId('merge-preview').count(), 0);
      assert.equal(await fresh.getByTestId('invoice-row').count(), 0, `${code} wrote nothing`);
    }

    await fresh.getByTestId('restore-file').setInputFiles({ name: backup.name, mimeType: 'application/octet-stream', buffer: backup.bytes });
    await fresh.getByTestId('restore-passphrase').fill(PASSPHRASE);
    await fresh.getByTestId('restore-open').click();
    const counts = fresh.getByTestId('merge-counts');
    await counts.waitFor({ timeout: 30_000 });
    assert.equal(await counts.getAttribute('data-added'), String(seeded.length));
    assert.equal(await fresh.locator('[data-testid=merge-row][data-change=new]').count(), seeded.length);
    await fresh.getByTestId('restore-confirm').click();
    await fresh.getByTestId('restore-status').waitFor();
    await fresh.locator(`[data-testid=invoice-row][data-key="${OFD.key}"]`).waitFor();
    assert.deepEqual(await listedKeys(fresh), seeded);
    assert.deepEqual(recordBody((await download(fresh, 'export-json')).bytes), recordBody(before));

    const waiting = fresh.waitForEvent('download');
    await fresh.locator(`[data-testid=invoice-row][data-key="${OFD.key}"]`).getByTestId('original-file').click();
    const restored = await waiting;
    assert.deepEqual(readFileSync(await restored.path()), readFileSync(OFD.file));

    await fresh.getByTestId('restore-open').click();
    await fresh.locator('[data-testid=merge-preview][data-empty=true]').waitFor({ timeout: 30_000 });
    assert.ok(await fresh.getByTestId('restore-confirm').isDisabled(), 'restoring the same backup twice changes nothing');
  });

  it('imports a JSON record: the same file twice changes nothing, a disagreeing invoice is a conflict kept aside', async () => {
    const record = JSON.parse((await download(page, 'export-json')).bytes.toString('utf8'));
    await page.getByTestId('import-record').setInputFiles({ name: 'same.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(record)) });
    await page.locator('[data-testid=merge-preview][data-empty=true]').waitFor();
    assert.ok(await page.getByTestId('import-record-confirm').isDisabled());

    const changed = record.invoices.find((i) => i.key === XML.key);
    changed.total = '251.00';
    await page.getByTestId('import-record').setInputFiles({ name: 'changed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(record)) });
    const row = page.locator(`[data-testid=merge-row][data-change=conflict][data-key="${XML.key}"]`);
    await row.waitFor();
    assert.match(await row.textContent(), /250\.00.*251\.00/);
    await page.getByTestId('import-record-confirm').click();
    await page.getByTestId('restore-status').waitFor();
    const total = await page.locator(`[data-testid=invoice-row][data-key="${XML.key}"] td.num`).textContent();
    assert.equal(total, '250.00', 'the stored value stays unless the user takes the file’s');

    await page.getByTestId('import-record').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"fapiao-watch-record","version":9}') });
    await page.locator('[data-testid=restore-error][data-code=record-newer-version]').waitFor();
  });
});
