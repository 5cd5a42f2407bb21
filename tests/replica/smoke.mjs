// Smoke test of the portal replica in real Chromium: node tests/replica/smoke.mjs (exit code 1 on any failure).
// The replica runs on a free port, so this also proves the port-rewriting --host-resolver-rules.
import assert from 'node:assert/strict';
import net from 'node:net';
import { chromium } from 'playwright-core';
import { findBrowser } from '../tools/find-browser.mjs';
import { DEMO_NOTES, invoiceKey, isValidUscc, pick, sampleData } from './data.mjs';
import { PAGE_URL, ORIGIN, chromiumHostRules, startReplica } from './server.mjs';

const TODAY = '2025-11-20'; // fixed mid-month day: stable counts, and every role has its place
/** Rows a page shows by default, as on the real portal. */
const PAGE = 20;
const MONTH_START = '2025-11-01';
const FAR_BACK = '2025-09-06'; // TODAY - 75 days
const HEADERS = ['序号', '数电发票号码', '发票代码', '发票号码', '销方识别号', '销方名称', '购方识别号', '购买方名称',
  '开票日期', '金额', '税额', '价税合计', '发票票种', '发票状态'];

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}\n     ${String(e.message).split('\n').slice(0, 3).join('\n     ')}`);
  }
}

// The same browser the e2e suite uses (FAPIAO_BROWSER, else the first Chromium, Chrome or Edge found).
const executablePath = findBrowser();
if (!executablePath) throw new Error('No Chromium-family browser found; run `node tests/tools/ensure-env.mjs`.');
const launch = (port) =>
  chromium.launch({
    executablePath,
    headless: false, // headless comes from --headless=new, the mode that can also load extensions
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--ignore-certificate-errors',
      `--host-resolver-rules=${chromiumHostRules(port)}`],
  });

const replica = await startReplica({ port: 0, today: TODAY });
const data = replica.data;
const me = data.taxpayer.Nsrsbh;
const expected = (gjbq, from, to, who = me) =>
  data.invoices.filter((i) => (gjbq === '1' ? i.Xsfnsrsbh : i.Gmfnsrsbh) === who && i.Kprq.slice(0, 10) >= from && i.Kprq.slice(0, 10) <= to);
const lastQuery = () => replica.requests.filter((r) => r.path.endsWith('/queryFpjcxx')).at(-1);

const browser = await launch(replica.port);
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
const rows = page.locator('.invoiceQuery__table table tbody tr.t-table__row');
const total = () => page.locator('.t-pagination__total').textContent();

async function open(search = '', path = '/invoice-query/invoice-query') {
  await page.goto(ORIGIN + path + search);
  await page.locator('.portal-header__nsrsbh:not(:empty)').waitFor();
}
async function query() {
  const answered = page.waitForResponse((r) => r.url().endsWith('/queryFpjcxx'));
  await page.getByRole('button', { name: '查询' }).click();
  const response = await answered;
  await page.locator('.t-loading').waitFor({ state: 'hidden' });
  return response;
}
async function setDates(from, to) {
  await page.getByPlaceholder('开票日期起').fill(from);
  await page.getByPlaceholder('开票日期止').fill(to);
}
async function chooseGjbq(text) {
  await page.locator('.t-form-item__gjbq .t-select').click();
  await page.locator('.t-form-item__gjbq .t-select-option', { hasText: text }).click();
}
const toast = (text) => page.locator('.t-message__content', { hasText: text }).waitFor({ timeout: 2500 });
/** Rows as objects keyed by header text: columns are mapped by header, never by position. */
const records = () =>
  page.evaluate(() => {
    const heads = [...document.querySelectorAll('.invoiceQuery__table table thead th')].map((th) => th.textContent.trim());
    return [...document.querySelectorAll('.invoiceQuery__table table tbody tr.t-table__row')].map((tr) =>
      Object.fromEntries([...tr.cells].map((td, i) => [heads[i], td.textContent.trim()])));
  });
const rowKey = (r) => r['数电发票号码'] || `${r['发票代码']}-${r['发票号码']}`;

await check('sample data: valid USCCs, numbers match dates, roles filled, deterministic', () => {
  assert.ok(isValidUscc('914403001922038216'), 'a real-world USCC must pass');
  assert.ok(!isValidUscc('914403001922038217'), 'a wrong check character must fail');
  for (const c of data.companies) assert.ok(isValidUscc(c.Nsrsbh), `${c.Nsrmc} ${c.Nsrsbh}`);
  assert.ok(data.invoices.length >= 30 && data.invoices.length <= 40);
  for (const inv of data.invoices) {
    const day = inv.Kprq.slice(0, 10);
    assert.ok(day < TODAY && day >= FAR_BACK, `${invoiceKey(inv)} dated ${day}`);
    if (inv.Fpdm) {
      assert.match(inv.Fpdm, /^01100\d{7}$/);
      assert.equal(inv.Fpdm.slice(5, 7), day.slice(2, 4));
      assert.match(inv.Fphm, /^\d{8}$/);
    } else {
      assert.match(inv.Fphm, /^\d{20}$/);
      assert.equal(inv.Fphm.slice(0, 2), day.slice(2, 4), 'digits 1–2 = year');
      assert.equal(inv.Fphm.slice(2, 4), inv.Xsfnsrsbh.slice(2, 4), 'digits 3–4 = seller province');
    }
    for (const k of ['Hjje', 'Hjse', 'Jshj']) assert.match(inv[k], /^\d+\.\d{2}$/);
  }
  for (const role of Object.keys(DEMO_NOTES)) assert.ok(pick(data, role).length > 0, role);
  assert.deepEqual(pick(data, 'voided').map((i) => i.FpztDm), ['02']);
  assert.deepEqual(pick(data, 'red').map((i) => i.FpztDm), ['03']);
  assert.deepEqual(sampleData(TODAY), data);
});

await check('page header shows the taxpayer from getNsrjbxx; form defaults; empty table', async () => {
  await open();
  assert.equal(await page.locator('.portal-header__nsrmc').textContent(), data.taxpayer.Nsrmc);
  assert.match(await page.locator('.portal-header__nsrsbh').textContent(), new RegExp(me));
  assert.equal(await page.locator('.t-form-item__gjbq input').inputValue(), '取得发票');
  assert.equal(await page.getByPlaceholder('开票日期起').inputValue(), MONTH_START);
  assert.equal(await page.getByPlaceholder('开票日期止').inputValue(), TODAY);
  assert.deepEqual(await page.locator('.invoiceQuery__table table thead th').allTextContents(), HEADERS);
  assert.equal(await rows.count(), 0);
  assert.equal(await page.locator('.t-table__empty').textContent(), '暂无数据');
});

await check('查询 lists the first page and 共 N 条 matches the data', async () => {
  await query();
  const want = expected('2', MONTH_START, TODAY);
  assert.equal(await total(), `共 ${want.length} 条`);
  assert.equal(await rows.count(), PAGE);
  const body = lastQuery().body;
  assert.deepEqual(body, { Gjbq: '2', FpztDm: ['01', '02', '03', '04'], FplxDm: body.FplxDm, Kprqq: MONTH_START, Kprqz: TODAY, PageNumber: 1, PageSize: 20 });
  assert.equal(body.FplxDm.length, 8);
  await page.screenshot({ path: '/tmp/replica-smoke.png' });
});

await check('table cells (mapped by header) match the invoices, amounts have 2 decimals', async () => {
  const byKey = new Map(data.invoices.map((i) => [invoiceKey(i), i]));
  for (const r of await records()) {
    const inv = byKey.get(rowKey(r));
    assert.ok(inv, `unknown row ${rowKey(r)}`);
    assert.equal(r['价税合计'], inv.Jshj);
    assert.equal(r['开票日期'], inv.Kprq);
    assert.equal(r['购方识别号'], me);
    assert.match(r['金额'], /^\d+\.\d{2}$/);
  }
});

await check('next page shows page 2 and asks for PageNumber 2', async () => {
  const first = (await records()).map(rowKey);
  const answered = page.waitForResponse((r) => r.url().endsWith('/queryFpjcxx'));
  await page.locator('.t-pagination__btn-next').click();
  await answered;
  await page.locator('.t-pagination__number.t-is-current', { hasText: '2' }).waitFor();
  assert.equal(lastQuery().body.PageNumber, 2);
  const second = (await records()).map(rowKey);
  const left = expected('2', MONTH_START, TODAY).length - PAGE;
  assert.equal(second.length, left);
  assert.ok(second.every((k) => !first.includes(k)));
  assert.deepEqual((await records()).map((r) => Number(r['序号'])), Array.from({ length: left }, (_, i) => PAGE + 1 + i));
});

await check('void and red-flushed invoices show their status', async () => {
  await page.locator('.t-pagination__number', { hasText: '1' }).click();
  await page.locator('.t-pagination__number.t-is-current', { hasText: '1' }).waitFor();
  const all = [];
  for (let n = 1; ; n++) {
    all.push(...(await records()));
    if (await page.locator('.t-pagination__btn-next').isDisabled()) break;
    await page.locator('.t-pagination__btn-next').click();
    await page.locator('.t-pagination__number.t-is-current', { hasText: String(n + 1) }).waitFor();
  }
  const status = (role) => all.find((r) => rowKey(r) === invoiceKey(pick(data, role)[0]))?.['发票状态'];
  assert.equal(status('voided'), '已作废');
  assert.equal(status('red'), '已红冲-全额');
  assert.equal(all.length, expected('2', MONTH_START, TODAY).length);
});

await check('a wider date range finds the older-than-month invoices', async () => {
  await setDates(FAR_BACK, TODAY);
  await query();
  assert.equal(await total(), `共 ${expected('2', FAR_BACK, TODAY).length} 条`);
  assert.equal(lastQuery().body.Kprqq, FAR_BACK);
  const older = pick(data, 'older-than-month');
  assert.ok(older.every((i) => i.Kprq < MONTH_START));
});

await check('开具发票 lists what the taxpayer issued (Gjbq 1)', async () => {
  await chooseGjbq('开具发票');
  await query();
  const want = expected('1', FAR_BACK, TODAY);
  assert.equal(want.length, pick(data, 'issued-by-us').length);
  assert.equal(await total(), `共 ${want.length} 条`);
  assert.equal(lastQuery().body.Gjbq, '1');
  assert.ok((await records()).every((r) => r['销方识别号'] === me));
  await chooseGjbq('取得发票');
});

await check('a range without invoices shows 暂无数据 and 共 0 条', async () => {
  await setDates(TODAY, TODAY);
  await query();
  assert.equal(await total(), '共 0 条');
  assert.equal(await rows.count(), 0);
  assert.equal(await page.locator('.t-table__empty').textContent(), '暂无数据');
});

await check('发票状态 filter sends FpztDm and narrows the list', async () => {
  await setDates(MONTH_START, TODAY);
  await page.locator('.t-form-item__fpzt .t-select').click();
  await page.locator('.t-form-item__fpzt .t-select-option', { hasText: '全选' }).click();
  await page.locator('.t-form-item__fpzt .t-select-option', { hasText: '已作废' }).click();
  await query();
  assert.deepEqual(lastQuery().body.FpztDm, ['02']);
  assert.equal(await total(), '共 1 条');
});

await check('scenario session-expired (page URL) shows 身份认证已失效 in .t-message__content', async () => {
  await open('?scenario=session-expired');
  await query();
  await toast('身份认证已失效，请重新登录');
  await page.screenshot({ path: '/tmp/replica-session-expired.png' });
});

await check('a page URL scenario does not stick to the next page', async () => {
  await open();
  await query();
  assert.equal(await rows.count(), PAGE);
});

await check('scenario maintenance (POST /__replica/scenario) shows 系统维护 and queries fail', async () => {
  const set = (scenario) => page.evaluate((s) => fetch('/__replica/scenario', { method: 'POST', body: JSON.stringify({ scenario: s }) }).then((r) => r.json()), scenario);
  assert.equal((await set('maintenance')).status, 'maintenance');
  await open();
  assert.match(await page.locator('.portal-maintenance').textContent(), /系统维护/);
  const response = await query();
  assert.equal(response.status(), 503);
  await toast('系统维护');
  await set('reset');
});

await check('scenario permission (setScenario) shows 本功能仅提供给增值税一般纳税人', async () => {
  replica.setScenario('permission');
  await open();
  await query();
  await toast('本功能仅提供给增值税一般纳税人');
  replica.setScenario('reset');
});

await check('scenario keys=lowercase: lower-camel request and answer, table still filled', async () => {
  await open('?scenario=keys=lowercase');
  const answer = await (await query()).json();
  assert.deepEqual(Object.keys(lastQuery().body).sort(), ['fplxDm', 'fpztDm', 'gjbq', 'kprqq', 'kprqz', 'pageNumber', 'pageSize']);
  assert.equal(typeof answer.response.data.list[0].fphm, 'string');
  assert.equal(await total(), `共 ${answer.response.data.total} 条`);
  assert.equal(await rows.count(), PAGE);
});

await check('scenario request=encrypted: body is {Jmbw}, answer plain, table filled', async () => {
  await open('?scenario=request=encrypted');
  const answer = await (await query()).json();
  assert.deepEqual(Object.keys(lastQuery().body), ['Jmbw']);
  assert.match(lastQuery().body.Jmbw, /^[A-Za-z0-9+/]+=*$/);
  assert.equal(answer.Response.Data.Total, expected('2', MONTH_START, TODAY).length);
  assert.equal(await rows.count(), PAGE);
});

await check('transport: fetch by default, XMLHttpRequest with transport=xhr', async () => {
  const kinds = [];
  const seen = (r) => r.url().endsWith('/queryFpjcxx') && kinds.push(r.resourceType());
  page.on('request', seen);
  await open();
  await query();
  await open('?scenario=transport=xhr');
  await query();
  page.off('request', seen);
  assert.deepEqual(kinds, ['fetch', 'xhr']);
  assert.equal(await rows.count(), PAGE);
});

await check('scenario taxpayer=<branch>: header and 取得 list follow the logged-in taxpayer', async () => {
  const branch = data.otherTaxpayer;
  await open(`?scenario=taxpayer=${branch.Nsrsbh}`);
  assert.equal(await page.locator('.portal-header__nsrmc').textContent(), branch.Nsrmc);
  await query();
  const want = expected('2', MONTH_START, TODAY, branch.Nsrsbh);
  assert.deepEqual(want.map(invoiceKey), pick(data, 'other-taxpayer').map(invoiceKey));
  assert.equal(await total(), `共 ${want.length} 条`);
});

await check('scenario delay: the table shows .t-loading while the call is pending', async () => {
  await open('?scenario=delay=800');
  await page.getByRole('button', { name: '查询' }).click();
  await page.locator('.t-loading').waitFor({ state: 'visible', timeout: 500 });
  await page.locator('.t-loading').waitFor({ state: 'hidden', timeout: 3000 });
  assert.equal(await rows.count(), PAGE);
});

await check('other portal paths render (third-menu, 抵扣类勾选, 税务数字账户)', async () => {
  await open('', '/third-menu/invoice-query/invoice-query');
  assert.equal(await page.getByRole('button', { name: '查询' }).count(), 1);
  await open('', '/dedeuction-type-checked-business');
  assert.equal(await page.locator('.portal-title').textContent(), '抵扣类勾选');
  assert.equal(await page.locator('.t-table__empty').textContent(), '暂无数据');
  await open('', '/digital-tax-account');
  assert.equal(await page.locator('.portal-title').textContent(), '税务数字账户');
});

await browser.close();
await replica.close();

// The plain rule (no port) is what a replica on 8443 needs; only checkable when 8443 is free here.
const free8443 = await new Promise((resolve) => {
  const probe = net.createServer().once('error', () => resolve(false));
  probe.listen(8443, '127.0.0.1', () => probe.close(() => resolve(true)));
});
if (free8443) {
  await check(`port 8443 with ${chromiumHostRules(8443)}`, async () => {
    const r = await startReplica({ today: TODAY });
    const b = await launch(8443);
    try {
      const p = await b.newPage();
      await p.goto(PAGE_URL);
      await p.locator('.portal-header__nsrsbh:not(:empty)').waitFor();
    } finally {
      await b.close();
      await r.close();
    }
  });
} else console.log('skip port 8443 check: the port is in use');

console.log(`replica smoke: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
