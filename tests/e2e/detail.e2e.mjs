// The invoice detail panel (note, status, 12366 ticket, activity, sightings) and the month strip, in real Chromium.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pick, sampleData } from '../replica/data.mjs';
import { chromiumHostRules, startReplica } from '../replica/server.mjs';
import { launchWithExtension } from './launch.mjs';
import { PORTAL_QUERY_URL, addAndConfirm, keyOf, runPortalQuery } from './portal-flow.mjs';
import { chinaToday, queryStart } from './scenario.mjs';

const today = chinaToday();
const data = sampleData(today);
const dateFrom = queryStart(today);
const form = (item) => ({ number: item.Fphm, code: item.Fpdm || '', date: item.Kprq.slice(0, 10), total: item.Jshj, sellerTaxId: item.Xsfnsrsbh, buyerTaxId: item.Gmfnsrsbh });
const latestFirst = (list) => [...list].sort((a, b) => b.Kprq.localeCompare(a.Kprq));
// One invoice the query lists, and one of an earlier month that it cannot list (on the 1st, "visible" is yesterday's).
const SEEN = form(latestFirst(pick(data, 'visible'))[0]);
const OLDER = form(latestFirst(pick(data, 'older-than-month')).find((i) => i.Kprq.slice(0, 10) < dateFrom && i.Kprq.slice(0, 7) !== SEEN.date.slice(0, 7)));
const SEEN_KEY = keyOf(SEEN);
const OLDER_KEY = keyOf(OLDER);

let replica;
let browser;

before(async () => {
  replica = await startReplica({ port: 0, today });
  browser = await launchWithExtension({ hostRules: chromiumHostRules(replica.port) });
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('dashboard.html'));
  await addAndConfirm(page, SEEN);
  await addAndConfirm(page, OLDER);
  await page.goto(PORTAL_QUERY_URL);
  await runPortalQuery(page, { dateFrom });
  await page.close();
});

after(async () => {
  await browser?.close();
  await replica?.close();
});

async function dashboard() {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('dashboard.html'));
  await page.locator(`[data-testid=invoice-row][data-key="${SEEN_KEY}"]`).waitFor();
  return page;
}

/** Opens an invoice's detail from its row in the list. */
async function openDetail(page, key) {
  const button = page.locator(`[data-testid=invoice-row][data-key="${key}"] [data-testid=open-detail]`);
  if ((await button.count()) === 0)
    assert.fail('invoice-row has no open-detail button: the list must open <InvoiceDetail> (entrypoints/dashboard/detail/InvoiceDetail.tsx) from it');
  await button.click();
  const detail = page.locator(`[data-testid=invoice-detail][data-key="${key}"]`);
  await detail.getByTestId('detail-note').waitFor();
  return detail;
}

const kindsOf = (detail) => detail.getByTestId('activity-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')));

describe('invoice detail', () => {
  it('keeps a note, a status and a 12366 ticket with its follow-up date across a reload, and logs them', async () => {
    const page = await dashboard();
    let detail = await openDetail(page, SEEN_KEY);
    assert.ok(await detail.evaluate((d) => d.contains(document.activeElement)), 'the panel takes the focus when it opens');
    await detail.getByTestId('detail-note').fill('供应商说 5 日已开，等 12366 回复');
    await detail.getByTestId('detail-user-status').selectOption('pending');
    await detail.getByTestId('detail-follow-up').fill('2030-01-15');
    await detail.getByTestId('detail-ticket').fill('20260115000123');
    // Saved from the keyboard: Enter in a field submits the form.
    await detail.getByTestId('detail-ticket').press('Enter');
    await detail.getByTestId('detail-saved').waitFor();

    await page.reload();
    detail = await openDetail(page, SEEN_KEY);
    assert.equal(await detail.getByTestId('detail-note').inputValue(), '供应商说 5 日已开，等 12366 回复');
    assert.equal(await detail.getByTestId('detail-user-status').inputValue(), 'pending');
    assert.equal(await detail.getByTestId('detail-ticket').inputValue(), '20260115000123');
    assert.equal(await detail.getByTestId('detail-follow-up').inputValue(), '2030-01-15');
    const kinds = await kindsOf(detail);
    assert.ok(kinds.includes('added') && kinds.includes('noted'), `activity kinds: ${kinds}`);
    assert.ok(kinds.indexOf('added') < kinds.indexOf('noted'), 'oldest first');
    await page.close();
  });

  it('shows the query that listed the invoice, in the activity and as a dot on the sightings timeline', async () => {
    const page = await dashboard();
    const detail = await openDetail(page, SEEN_KEY);
    await detail.locator('[data-testid=activity-item][data-kind=query][data-seen=seen]').first().waitFor();
    const timeline = detail.getByTestId('sighting-timeline');
    assert.ok((await timeline.locator('[data-testid=sighting-mark][data-seen=seen]').count()) >= 1);
    assert.match(await timeline.locator('[role=img]').getAttribute('aria-label'), /次列出/, 'the picture has a text alternative');
    await page.close();
  });

  it('refuses a follow-up date without a ticket under its field, and Escape closes the panel after asking', async () => {
    const page = await dashboard();
    const detail = await openDetail(page, OLDER_KEY);
    await detail.getByTestId('detail-follow-up').fill('2030-01-15');
    await detail.getByTestId('detail-save').click();
    await detail.locator('[data-testid=field-error][data-field=followUp]').waitFor();
    const asked = new Promise((resolve) => page.once('dialog', (d) => void d.accept().then(() => resolve(d.message()))));
    await detail.getByTestId('detail-follow-up').press('Escape');
    assert.match(await asked, /未保存/);
    await detail.waitFor({ state: 'detached' });
    // Nothing was saved: the panel opens again empty.
    assert.equal(await (await openDetail(page, OLDER_KEY)).getByTestId('detail-follow-up').inputValue(), '');
    await page.close();
  });
});

describe('dark mode', () => {
  /** Relative luminance of a computed `rgb(…)` colour, 0 (black) to 1 (white). */
  function luminance(rgb) {
    const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  it('follows the system: the detail and the month strip turn dark and stay readable', async () => {
    const page = await dashboard();
    const detail = await openDetail(page, SEEN_KEY);
    const bar = page.locator('[data-testid=month] .bar.visible').first();
    const colours = async () => ({
      ...(await detail.evaluate((d) => ({ background: getComputedStyle(d).backgroundColor, text: getComputedStyle(d).color }))),
      bar: await bar.evaluate((b) => getComputedStyle(b).backgroundColor),
    });
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await colours();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await colours();
    const says = `light ${JSON.stringify(light)}, dark ${JSON.stringify(dark)} (base.css's custom properties need dark values)`;
    assert.ok(luminance(light.background) > luminance(light.text), says);
    assert.ok(luminance(dark.background) < luminance(dark.text), says);
    assert.notEqual(dark.bar, light.bar, says);
    await page.close();
  });
});

describe('month strip', () => {
  it('has one button per month with expected and visible counts, and Enter narrows the list to that month', async () => {
    const page = await dashboard();
    const seenMonth = SEEN.date.slice(0, 7);
    const olderMonth = OLDER.date.slice(0, 7);
    const strip = page.getByTestId('month-strip');
    await strip.waitFor();
    const month = (m) => strip.locator(`[data-testid=month][data-month="${m}"]`);
    assert.deepEqual([await month(seenMonth).getAttribute('data-expected'), await month(seenMonth).getAttribute('data-visible')], ['1', '1']);
    assert.deepEqual([await month(olderMonth).getAttribute('data-expected'), await month(olderMonth).getAttribute('data-visible')], ['1', '0']);
    assert.equal(await month(seenMonth).getAttribute('data-expected-amount'), SEEN.total);
    await month(olderMonth).focus();
    await page.keyboard.press('Enter');
    await page.locator(`[data-testid=invoice-row][data-key="${SEEN_KEY}"]`).waitFor({ state: 'detached' });
    assert.equal(await page.locator(`[data-testid=invoice-row][data-key="${OLDER_KEY}"]`).count(), 1);
    await page.close();
  });
});
