import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { tsImport } from 'tsx/esm/api';
import { launchWithExtension } from './launch.mjs';

const { recordParts } = await tsImport('../../utils/export/record/write-record.ts', import.meta.url);

// Valid tax IDs (utils/reconcile/test-fixtures.ts): two sellers and the buyer.
const SELLERS = [
  { name: '北京甲科技有限公司', taxId: '91110108MA02EFGH7A' },
  { name: '上海乙贸易有限公司', taxId: '91110105MA03JKLM1M' },
];
const BUYER = '91110000MA01ABCD52';
const pad = (n, width) => String(n).padStart(width, '0');

/**
 * Thirty 数电 invoices as a user types them: ten each in March, April and May 2024, alternating two sellers, each
 * with its own total, and one with a note.
 */
const INPUTS = Array.from({ length: 30 }, (_, i) => ({
  number: `24112000000055${pad(i, 6)}`,
  date: `2024-${pad(3 + (i % 3), 2)}-${pad(1 + Math.floor(i / 3), 2)}`,
  total: `${((i * 7) % 30) + 1}00.00`,
  sellerName: SELLERS[i % 2].name,
  sellerTaxId: SELLERS[i % 2].taxId,
  buyerTaxId: BUYER,
  ...(i === 12 ? { note: '年会场地费' } : {}),
}));

const requests = [];
const profiles = [];

async function profile() {
  const browser = await launchWithExtension({ hostRules: 'MAP *.chinatax.gov.cn 127.0.0.1' });
  browser.context.on('request', (r) => requests.push(r.url()));
  profiles.push(browser);
  return browser;
}

after(async () => {
  for (const p of profiles) await p.close();
});

// The list is this computer's business: nothing it does may reach anywhere but the extension itself.
afterEach(() => {
  assert.deepEqual(requests.filter((u) => !/^(chrome-extension|blob|data):/.test(u)), []);
});

/** Waits until the list counts `shown` of `total` invoices. */
async function counted(page, shown, total) {
  await page.locator(`[data-testid=list-count][data-shown="${shown}"][data-total="${total}"]`).waitFor();
}

const row = (page, key) => page.locator(`[data-testid=invoice-row][data-key="${key}"]`);
const renderedKeys = (page) => page.getByTestId('invoice-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
const cellTexts = (page, selector) => page.locator(`[data-testid=invoice-row] ${selector}`).allInnerTexts();

describe('the dashboard list with thirty invoices', () => {
  let page;
  before(async () => {
    const browser = await profile();
    page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('dashboard.html'));
    await page.getByTestId('list-empty').waitFor();
    // Added through the same message the add form sends, one after another as the background queues them.
    const answers = await page.evaluate(async (inputs) => {
      const out = [];
      for (const input of inputs) out.push(await chrome.runtime.sendMessage({ type: 'expected:add', input }));
      return out;
    }, INPUTS);
    assert.ok(answers.every((a) => a.ok), JSON.stringify(answers.find((a) => !a.ok)));
    // No confirm() dialog may hold up a removal any more.
    page.on('dialog', (d) => assert.fail(`unexpected ${d.type()} dialog: ${d.message()}`));
  });

  // Every test starts from the whole list as a fresh page shows it.
  beforeEach(async () => {
    await page.reload();
    await counted(page, 30, 30);
  });

  it('shows the rows in the order the background sends them, drawing only those in view', async () => {
    const order = await page.evaluate(async () => (await chrome.runtime.sendMessage({ type: 'status:get' })).rows.map((r) => r.invoice.key));
    const drawn = await renderedKeys(page);
    assert.ok(drawn.length >= 15 && drawn.length < 30, `${drawn.length} rows drawn`);
    assert.deepEqual(drawn, order.slice(0, drawn.length));
  });

  it('search narrows the rows and the count: seller, part of a number, a note, an amount as typed', async () => {
    const search = page.getByTestId('list-search');
    await search.fill('上海乙');
    await counted(page, 15, 30);
    assert.deepEqual((await renderedKeys(page)).sort(), INPUTS.filter((_, i) => i % 2 === 1).map((i) => i.number).sort());

    await search.fill('５５０００００７'); // full-width digits, as a Chinese IME types them
    await counted(page, 1, 30);
    assert.deepEqual(await renderedKeys(page), [INPUTS[7].number]);

    await search.fill('年会');
    await counted(page, 1, 30);
    assert.deepEqual(await renderedKeys(page), [INPUTS[12].number]);

    const total = INPUTS[3].total; // 2200.00, and no other invoice's total holds 2,200
    await search.fill(`¥${Number(total).toLocaleString('en-US')}`);
    await counted(page, 1, 30);
    assert.deepEqual(await renderedKeys(page), [INPUTS[3].number]);

    await search.fill('没有这张发票');
    await page.getByTestId('list-filtered-empty').waitFor();
    await counted(page, 0, 30);
    await search.fill('');
    await counted(page, 30, 30);
  });

  it('the status, date, seller and source filters narrow the rows; clearing brings all back', async () => {
    await page.getByTestId('list-filter').selectOption('visible');
    await page.getByTestId('list-filtered-empty').waitFor();
    await page.getByTestId('list-filter').selectOption('not-visible');
    await counted(page, 30, 30);

    await page.getByTestId('list-date-from').fill('2024-04-01');
    await page.getByTestId('list-date-to').fill('2024-04-30');
    await counted(page, 10, 30);
    for (const date of await cellTexts(page, 'td:nth-child(2)')) assert.match(date, /^2024-04-/);

    await page.getByTestId('list-seller').fill('91110108MA02');
    await counted(page, 5, 30);
    await page.getByTestId('list-source').selectOption('ofd');
    await page.getByTestId('list-filtered-empty').waitFor();
    await page.getByTestId('list-source').selectOption('manual');
    await counted(page, 5, 30);

    await page.getByTestId('list-clear').click();
    await counted(page, 30, 30);
    assert.equal(await page.getByTestId('list-search').inputValue(), '');
    assert.equal(await page.getByTestId('list-date-from').inputValue(), '');
  });

  it('picking a month on the month strip sets the date filter to that month', async () => {
    await page.locator('[data-testid=month][data-month="2024-05"]').click();
    await counted(page, 10, 30);
    assert.equal(await page.getByTestId('list-date-from').inputValue(), '2024-05-01');
    assert.equal(await page.getByTestId('list-date-to').inputValue(), '2024-05-31');
  });

  it('sorting by total orders the rows by value both ways, then returns to the order they came in', async () => {
    const before = await renderedKeys(page);
    const header = page.locator('th', { has: page.getByTestId('sort-total') });
    const totals = async () => (await cellTexts(page, 'td.num')).map(Number);

    await page.getByTestId('sort-total').click();
    assert.equal(await header.getAttribute('aria-sort'), 'ascending');
    const up = await totals();
    assert.deepEqual(up, [...up].sort((a, b) => a - b));
    assert.deepEqual(up.slice(0, 3), [100, 200, 300], 'by value: 1000 does not come before 200');

    await page.getByTestId('sort-total').click();
    assert.equal(await header.getAttribute('aria-sort'), 'descending');
    const down = await totals();
    assert.deepEqual(down.slice(0, 3), [3000, 2900, 2800]);
    assert.deepEqual(down, [...down].sort((a, b) => b - a));

    await page.getByTestId('sort-total').click();
    assert.equal(await header.getAttribute('aria-sort'), null);
    assert.deepEqual(await renderedKeys(page), before);
  });

  it('edit in place shows every problem under its field at once and stores nothing; a good edit can be undone', async () => {
    const input = INPUTS[4];
    const target = row(page, input.number);
    await target.getByTestId('edit').click();
    const field = (name) => target.locator(`[data-testid=edit-input][data-field=${name}]`);
    await field('date').fill('2024-02-30');
    await field('total').fill('12.345');
    await target.getByTestId('edit-save').click();
    const errors = target.getByTestId('field-error');
    await errors.nth(1).waitFor();
    assert.deepEqual((await errors.evaluateAll((els) => els.map((e) => e.getAttribute('data-field')))).sort(), ['date', 'total']);
    assert.match(await errors.first().innerText(), /[\u4e00-\u9fff]/, 'the message is in Chinese');
    assert.equal(await field('date').getAttribute('aria-invalid'), 'true');
    await target.getByTestId('edit-cancel').click();
    await page.reload();
    await counted(page, 30, 30);
    assert.equal(await row(page, input.number).locator('td.num').innerText(), input.total, 'nothing was stored');
    assert.equal(await row(page, input.number).locator('td:nth-child(2)').innerText(), input.date);

    await row(page, input.number).getByTestId('edit').click();
    await field('total').fill('4321');
    await field('note').fill('补开');
    await target.getByTestId('edit-save').click();
    await target.locator('td.num', { hasText: '4321.00' }).waitFor();
    const toast = page.getByTestId('toast');
    await toast.waitFor();
    assert.match(await toast.innerText(), new RegExp(input.number));
    await toast.getByTestId('undo').click();
    await target.locator('td.num', { hasText: input.total }).waitFor();
    await target.getByTestId('edit').click();
    assert.equal(await field('note').inputValue(), '', 'the undo took back both fields');
    await target.getByTestId('edit-cancel').click();
  });

  it('removes without a dialog, and 撤销 in the toast brings the invoice back', async () => {
    const key = INPUTS[9].number;
    await page.getByTestId('list-search').fill(key);
    await counted(page, 1, 30);
    await row(page, key).getByTestId('remove').click();
    await row(page, key).waitFor({ state: 'detached' });
    await counted(page, 0, 29);
    const toast = page.getByTestId('toast');
    assert.match(await toast.innerText(), new RegExp(`已删除 ${key}`));
    await toast.getByTestId('undo').click();
    await row(page, key).waitFor();
    await counted(page, 1, 30);
  });

  it('keyboard: Tab reaches one row, arrows move between rows, Enter opens the detail, the toast is reachable', async () => {
    const focused = () => page.evaluate(() => {
      const row = document.activeElement?.closest('[data-testid=invoice-row]');
      return row ? { key: row.getAttribute('data-key'), at: Number(row.getAttribute('aria-rowindex')), self: row === document.activeElement } : null;
    });
    const keys = await renderedKeys(page);
    await page.getByTestId('sort-reason').focus();
    await page.keyboard.press('Tab');
    assert.deepEqual(await focused(), { key: keys[0], at: 2, self: true }, 'Tab from the headers lands on the first row');
    assert.equal(await page.locator('[data-testid=invoice-row][tabindex="0"]').count(), 1, 'one row in the tab order');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal((await focused()).key, keys[2]);
    await page.keyboard.press('ArrowUp');
    assert.equal((await focused()).key, keys[1]);
    // The last row is not drawn until the list scrolls to it.
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-rowindex') === '31');
    await page.keyboard.press('Home');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-rowindex') === '2');
    await page.keyboard.press('Enter');
    await page.getByTestId('invoice-detail').waitFor();
    assert.match(await page.getByTestId('invoice-detail').innerText(), new RegExp(keys[0]));
    await page.getByTestId('detail-close').click();
    await page.waitForFunction((key) => document.activeElement?.getAttribute('data-key') === key, keys[0]);

    // After a removal the focus goes to the next row; Tab then leads through its buttons to the toast's 撤销.
    await row(page, keys[0]).getByTestId('remove').click();
    await page.waitForFunction((key) => document.activeElement?.getAttribute('data-key') === key, keys[1]);
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'undo');
    }
    assert.ok(reached, 'Tab reaches 撤销');
    await page.keyboard.press('Enter');
    await row(page, keys[0]).waitFor();
  });
});

/** `count` valid 数电 invoices as a JSON record, the file the record import reads. */
function recordOf(count) {
  const at = Date.UTC(2025, 0, 15, 2);
  const invoices = Array.from({ length: count }, (_, i) => {
    const number = `24112000000066${pad(i, 6)}`;
    const seller = SELLERS[i % 2];
    return {
      key: number,
      kind: 'shudian',
      number,
      date: `2024-${pad(1 + (i % 12), 2)}-${pad(1 + (i % 28), 2)}`,
      total: `${1 + (i % 9000)}.00`,
      sellerName: seller.name,
      sellerTaxId: seller.taxId,
      buyerTaxId: BUYER,
      origins: { number: { source: 'sheet', confidence: 1 } },
      addedAt: at,
      updatedAt: at,
    };
  });
  const data = { taxpayer: null, invoices, sightings: [], scopes: [], signals: [], verifications: [], activity: [], files: [], sheetMappings: [], annotations: [] };
  const header = { exportedAt: '2025-01-15T10:00:00+08:00', app: { name: 'fapiao-watch', version: 'e2e' }, selection: 'all' };
  return Buffer.from([...recordParts(data, header)].join(''));
}

describe('a register of 2,000 invoices', () => {
  const COUNT = 2000;
  let page;
  before(async () => {
    const browser = await profile();
    page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('dashboard.html'));
    await page.getByTestId('list-empty').waitFor();
    await page.getByTestId('import-record').setInputFiles({ name: 'register.json', mimeType: 'application/json', buffer: recordOf(COUNT) });
    await page.locator(`[data-testid=merge-counts][data-added="${COUNT}"]`).waitFor({ timeout: 120_000 });
    await page.getByTestId('import-record-confirm').click();
    await page.getByTestId('restore-status').waitFor({ timeout: 120_000 });
    await counted(page, COUNT, COUNT);
  });

  it('keeps only the rows in view in the DOM, and scrolling shows later rows', async () => {
    const drawn = () => page.getByTestId('invoice-row').count();
    assert.ok((await drawn()) < 60, `${await drawn()} rows drawn`);
    const scroller = page.locator('.list-scroll');
    await scroller.evaluate((box) => {
      box.scrollTop = box.scrollHeight;
    });
    await page.locator(`[data-testid=invoice-row][aria-rowindex="${COUNT + 1}"]`).waitFor();
    assert.equal(await page.locator('[data-testid=invoice-row][aria-rowindex="2"]').count(), 0, 'the first row left the DOM');
    assert.ok((await drawn()) < 60);

    // Rows keep their fixed height, so the scrollbar's length is the list's.
    const heights = await page.getByTestId('invoice-row').evaluateAll((rows) => [...new Set(rows.map((r) => r.getBoundingClientRect().height))]);
    assert.deepEqual(heights, [36]);

    // A search narrows the whole list, not just the rows drawn, and starts again from the top.
    await page.getByTestId('list-search').fill('2411200000006600123');
    await counted(page, 10, COUNT);
    assert.equal(await page.locator('[data-testid=invoice-row][aria-rowindex="2"]').count(), 1);
  });
});
