import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, afterEach, before, describe, it } from 'node:test';
import { zipSync } from 'fflate';
import { launchWithExtension } from './launch.mjs';
import { dropFiles, importSettled, reviewRow, reviewValue, saveImport } from './import-flow.mjs';

const SAMPLES = 'tests/fixtures/samples';
const GENERATED = 'tests/fixtures/generated';
const truth = JSON.parse(readFileSync(`${GENERATED}/truth.json`, 'utf8'));
const truthOf = (file) => truth.files.find((f) => f.file === file).invoices[0];
const keyOf = (inv) => (inv.code ? `${inv.code}-${inv.number}` : inv.number);
const sheet = (file) => truth.sheets.find((s) => s.file === file);

let browser;
const requests = [];

before(async () => {
  browser = await launchWithExtension({ hostRules: 'MAP *.chinatax.gov.cn 127.0.0.1' });
  browser.context.on('request', (r) => requests.push(r.url()));
});

after(async () => {
  await browser?.close();
});

// Invoice files never leave the machine: no test may see a request to anywhere but the extension itself.
afterEach(() => {
  assert.deepEqual(requests.filter((u) => !/^(chrome-extension|blob|data):/.test(u)), []);
});

async function dashboard() {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('dashboard.html'));
  await page.getByTestId('import-drop').waitFor();
  return page;
}

/** One file of each kind a finance user receives, and the key fields each must show in the review. */
const KINDS = [
  { file: `${SAMPLES}/shudian-zhuanpiao-24112000000048542163.ofd`, kind: 'ofd', key: '24112000000048542163', values: { date: '2024-05-28', total: '4449.00', sellerTaxId: '91110108690017781B', buyerTaxId: '91460300MAA92DJN95' } },
  { file: `${SAMPLES}/shudian-putong-25322000000365404822.xml`, kind: 'xml', key: '25322000000365404822', values: { date: '2025-08-08', total: '250.00', sellerTaxId: '52320200509244470T' } },
  ...[
    ['pdf-text/shudian-normal-1.pdf', 'PDF with a text layer'],
    ['pdf-scan/shudian-special-1-scan-200dpi.pdf', 'scanned PDF'],
    ['photo-lowres/shudian-special-1-rotated.jpg', 'photo'],
    ['ocr-a4-300/paper-special-1-a4.jpg', 'scan of a paper invoice (OCR only)'],
  ].map(([file, kind]) => {
    const inv = truthOf(file);
    return { file: `${GENERATED}/${file}`, kind, key: keyOf(inv), values: { date: inv.date, total: inv.total } };
  }),
];
/** The PDF's invoice photographed too: the same invoice in two files. */
const TWICE = { file: `${GENERATED}/photo-lowres/shudian-normal-1-photo.jpg`, key: keyOf(truthOf('photo-lowres/shudian-normal-1-photo.jpg')) };
const CSV = sheet('sheets/erp-gbk.csv');
const XLSX = sheet('sheets/erp-list.xlsx');
const EXPORT = sheet('sheets/全量发票查询导出结果.xlsx');

describe('importing every kind of file a finance user holds', () => {
  let page;
  before(async () => {
    page = await dashboard();
    await dropFiles(page, [...KINDS.map((k) => k.file), TWICE.file, `${GENERATED}/${CSV.file}`, `${GENERATED}/${XLSX.file}`, `${GENERATED}/${EXPORT.file}`]);
    await importSettled(page);
  });

  for (const k of KINDS) {
    it(`reads the ${k.kind}: ${k.file.split('/').pop()}`, async () => {
      const row = reviewRow(page, k.key, k.file.split('/').pop());
      assert.equal(await row.count(), 1, `one review row for ${k.key}`);
      for (const [field, value] of Object.entries(k.values)) assert.equal(await reviewValue(row, field), value, field);
      assert.notEqual(await row.getAttribute('data-state'), 'invalid');
    });
  }

  it('reads every row of a GBK-encoded CSV and of an XLSX list', async () => {
    for (const r of [...CSV.rows, ...XLSX.rows]) {
      const rows = page.locator(`[data-testid=import-review-row][data-key="${keyOf(r)}"][data-file$=".csv"], [data-testid=import-review-row][data-key="${keyOf(r)}"][data-file$=".xlsx"]`);
      assert.ok((await rows.count()) >= 1, `a review row for ${keyOf(r)}`);
      assert.equal(await reviewValue(rows.first(), 'total'), r.total);
    }
  });

  it('shows an invoice found in two files once, offering the second as a merge', async () => {
    const key = TWICE.key;
    const rows = reviewRow(page, key);
    const states = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
    assert.equal(states.length, 2);
    assert.equal(states.filter((s) => s === 'duplicate').length, 1, `states: ${states}`);
    const duplicate = page.locator(`[data-testid=import-review-row][data-key="${key}"][data-state=duplicate]`);
    await duplicate.locator('xpath=ancestor::tbody').getByTestId('import-merge').click();
    await page.waitForFunction((k) => document.querySelectorAll(`[data-testid=import-review-row][data-key="${k}"]`).length === 1, key);
    assert.notEqual(await reviewRow(page, key).getAttribute('data-state'), 'duplicate');
  });

  it('takes the portal’s own export as what the portal has, not as expected invoices', async () => {
    const card = page.getByTestId('export-scope');
    assert.equal(await card.getAttribute('data-sightings'), String(EXPORT.rows.length));
    assert.equal(await page.getByTestId('export-direction').inputValue(), 'received');
    const expected = new Set([...CSV.rows, ...XLSX.rows, ...KINDS, TWICE].map((r) => r.key ?? keyOf(r)));
    for (const r of EXPORT.rows.filter((r) => !expected.has(keyOf(r)))) {
      assert.equal(await reviewRow(page, keyOf(r)).count(), 0, `${keyOf(r)} is no expected invoice`);
    }
  });

  it('saves what the review shows in one go, and the export makes a listed invoice visible', async () => {
    const savable = await page.locator('[data-testid=import-review-row]:is([data-state=ready],[data-state=check])').count();
    await saveImport(page);
    await page.getByTestId('invoice-row').nth(savable - 1).waitFor();
    assert.equal(await page.getByTestId('invoice-row').count(), savable);
    for (const k of KINDS) assert.equal(await page.locator(`[data-testid=invoice-row][data-key="${k.key}"]`).count(), 1, k.key);
    const both = CSV.rows.find((c) => EXPORT.rows.some((r) => keyOf(r) === keyOf(c) && r.status === '01'));
    await page.waitForFunction((key) => document.querySelector(`[data-testid=invoice-row][data-key="${key}"]`)?.getAttribute('data-status') === 'visible', keyOf(both));
  });

  it('keeps the original file beside its invoice, to hand back as it came', async () => {
    const row = page.locator(`[data-testid=invoice-row][data-key="${KINDS[0].key}"]`);
    const download = page.waitForEvent('download');
    await row.getByTestId('original-file').click();
    const file = await download;
    assert.equal(file.suggestedFilename(), KINDS[0].file.split('/').pop());
    assert.deepEqual(readFileSync(await file.path()), readFileSync(KINDS[0].file));
  });

  it('recognises a stored invoice when its file comes again, offering to fill what the record lacks', async () => {
    await dropFiles(page, [KINDS[1].file]);
    await importSettled(page);
    assert.equal(await reviewRow(page, KINDS[1].key).getAttribute('data-state'), 'stored');
  });
});

describe('untrusted files', () => {
  it('names the file and the reason for a corrupt PDF, a zip bomb and an empty image, and imports the rest', async () => {
    const page = await dashboard();
    const bomb = zipSync({ 'OFD.xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 });
    await dropFiles(page, [
      { name: '损坏.pdf', bytes: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 7)]) },
      { name: '炸弹.ofd', bytes: bomb },
      { name: '空白.png', bytes: Buffer.alloc(0) },
      `${SAMPLES}/photo-motor-vehicle-invoice-unsupported.png`,
      `${SAMPLES}/shudian-putong-26347000000117553300.xml`,
    ]);
    await importSettled(page);
    const errorOf = async (name) => page.locator(`[data-testid=import-file][data-name="${name}"] [data-testid=import-file-error]`).first();
    for (const [name, code] of [['损坏.pdf', 'pdf-corrupt'], ['炸弹.ofd', 'zip-bomb'], ['空白.png', 'file-empty']]) {
      const error = await errorOf(name);
      assert.equal(await error.getAttribute('data-code'), code, name);
      assert.match(await error.innerText(), new RegExp(name.replace('.', '\\.')), 'the message names the file');
    }
    assert.equal(await page.locator('[data-testid=import-file][data-name="photo-motor-vehicle-invoice-unsupported.png"]').getAttribute('data-state'), 'failed');
    assert.equal(await reviewRow(page, '26347000000117553300').count(), 1);
    await page.close();
  });
});

describe('sheets the import does not know', () => {
  it('reads a sheet with its own header words (供应商, 票据代码, 含税金额) without asking', async () => {
    const page = await dashboard();
    const custom = sheet('sheets/erp-custom-headers.csv');
    await dropFiles(page, [`${GENERATED}/${custom.file}`]);
    await importSettled(page);
    for (const r of custom.rows) assert.equal(await reviewValue(reviewRow(page, keyOf(r)), 'total'), r.total, keyOf(r));
    await page.close();
  });

  it('asks for the columns of a sheet whose headers say nothing, reads it with them and remembers them', async () => {
    const page = await dashboard();
    const rows = sheet('sheets/erp-custom-headers.csv').rows.filter((r) => !r.code);
    const csv = ['凭证号,摘要,甲,乙,丙', ...rows.map((r, i) => `${i + 1},办公费,"${r.number}",${r.date},${r.total}`)].join('\r\n');
    const file = { name: '凭证.csv', bytes: Buffer.from(csv) };
    await dropFiles(page, [file]);
    await importSettled(page);
    const dialog = page.getByTestId('mapping-dialog');
    await dialog.waitFor();
    for (const [field, header] of [['number', '甲'], ['date', '乙'], ['total', '丙']]) {
      await dialog.locator(`[data-testid=mapping-select][data-field=${field}]`).selectOption({ label: header });
    }
    await page.getByTestId('mapping-apply').click();
    await importSettled(page);
    for (const r of rows) assert.equal(await reviewValue(reviewRow(page, r.number), 'total'), r.total, r.number);
    await saveImport(page);
    await dropFiles(page, [{ ...file, name: '凭证2.csv' }]);
    await importSettled(page);
    assert.equal(await page.getByTestId('mapping-dialog').count(), 0, 'the mapping was remembered');
    assert.equal(await reviewRow(page, rows[0].number).getAttribute('data-state'), 'stored');
    await page.close();
  });

  it('reads rows pasted from Excel', async () => {
    const page = await dashboard();
    const paste = sheet('sheets/excel-paste.tsv');
    await page.getByTestId('import-paste').fill(readFileSync(`${GENERATED}/${paste.file}`, 'utf8'));
    await page.getByTestId('import-paste-read').click();
    await importSettled(page);
    for (const r of paste.rows) assert.equal(await reviewRow(page, keyOf(r)).count(), 1, keyOf(r));
    await page.close();
  });
});

describe('a long import', () => {
  it('stops the files not yet read when the user presses stop', async () => {
    const page = await dashboard();
    const photos = ['photo-lowres/shudian-normal-1-photo.jpg', 'photo-lowres/shudian-special-1-rotated.jpg', 'ocr-a4-300/paper-special-1-a4.jpg'];
    await dropFiles(page, photos.map((f) => `${GENERATED}/${f}`));
    await page.getByTestId('import-cancel').click();
    await importSettled(page);
    const states = await page.getByTestId('import-file').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
    assert.ok(states.includes('cancelled'), `states: ${states}`);
    await page.close();
  });
});
