// A hostile page against the portal reading: page scripts (the MAIN world, where the portal's own scripts run) forge
// hand-overs in every format the extension ever used, reach for the private channel, and tamper with the built-ins
// the hook reads answers through. Nothing forged may reach the store, and a real query must still be read.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sampleData } from '../replica/data.mjs';
import { chromiumHostRules, startReplica } from '../replica/server.mjs';
import { EXTENSION_DIR, launchWithExtension } from './launch.mjs';
import { PORTAL_QUERY_URL, addAndConfirm, keyOf, runPortalQuery } from './portal-flow.mjs';
import { chinaToday, queryStart, scenarioCases, shiftDate } from './scenario.mjs';

const today = chinaToday();
const data = sampleData(today);
const INVOICE_LIST = '/szzhzz/qlfpcx/v1/queryFpjcxx';
/** Registered, and unknown to the portal: it must stay "not visible" whatever the page claims. */
const unseen = { number: `${shiftDate(today, -3).slice(2, 4)}112000000099990066`, date: shiftDate(today, -3), total: '880.00' };
/** Registered and on the portal: a real query must still show it, read from the API. */
const seen = scenarioCases(data, today).find((c) => !c.missing && !c.input.code).input;

/** A 全量发票查询 answer that lists the unseen invoice, as a forger would write it. */
const forgedAnswer = JSON.stringify({
  Response: { Data: { PageNumber: 1, PageSize: 20, Total: 1, List: [{ Fphm: unseen.number, Kprq: `${unseen.date} 10:00:00`, Jshj: 880, Gmfnsrsbh: data.taxpayer.Nsrsbh }] } },
});

let replica;
let browser;

before(async () => {
  replica = await startReplica({ port: 0, today });
  browser = await launchWithExtension({ hostRules: chromiumHostRules(replica.port) });
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('dashboard.html'));
  await addAndConfirm(page, unseen);
  await addAndConfirm(page, seen);
  await page.close();
});

after(async () => {
  await browser?.close();
  await replica?.close();
});

/** Everything in one store of the extension's database, read by one of its pages. */
async function stored(storeName) {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('dashboard.html'));
  // Opening the database before the extension has created it would create an empty one under its name.
  await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'fapiao-watch' && (d.version ?? 0) >= 4));
  const rows = await page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('fapiao-watch');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        };
      }),
    storeName,
  );
  await page.close();
  return rows;
}

async function sightingsOf(key) {
  return (await stored('sightings')).filter((s) => s.key === key).map((s) => ({ via: s.via, seenAt: s.seenAt }));
}

async function statusOf(key) {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('dashboard.html'));
  await page.getByTestId('list-search').fill(key);
  const row = page.locator(`[data-testid=invoice-row][data-key="${key}"]`);
  await row.waitFor();
  const status = await row.getAttribute('data-status');
  await page.close();
  return status;
}

/** Waits until the extension has stored `key` as seen through the API. */
async function seenThroughApi(key) {
  for (let i = 0; ; i++) {
    const rows = await sightingsOf(key);
    if (rows.some((s) => s.via === 'api')) return rows;
    assert.ok(i < 20, `no API sighting of ${key}: ${JSON.stringify(rows)}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

describe('a hostile portal page', () => {
  it('lists the hook before the content script it hands over to, both at document_start', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    const scripts = manifest.content_scripts.map((c) => `${c.js.join()}@${c.run_at}${c.world ? `/${c.world}` : ''}`);
    assert.deepEqual(scripts.slice(0, 2), ['content-scripts/portal-hook.js@document_start/MAIN', 'content-scripts/portal.js@document_start']);
    // Top frame only: the isolated script, which alone holds the channel, runs there only.
    assert.ok(manifest.content_scripts.slice(0, 2).every((c) => !c.all_frames));
  });

  it('forges hand-overs in every old format, reaches for the channel and tampers with built-ins: nothing forged is stored, a real query is', async () => {
    const page = await browser.context.newPage();
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(PORTAL_QUERY_URL);
    const attempt = await page.evaluate(
      async ({ forgedAnswer, url, extensionId }) => {
        const report = { offerTaken: false, portsSeen: 0, offersCaught: 0 };
        window.hostileReport = report;
        const old = { source: 'fapiao-watch-hook', v: 1, id: 'forged-1', url, method: 'POST', requestBody: '{"Gjbq":"2"}', status: 200, ok: true, responseText: forgedAnswer, at: 1e308 };
        const current = { url, requestBody: '{"Gjbq":"2"}', status: 200, responseText: forgedAnswer, error: null, at: 1e308 };
        // 1. Every hand-over format the extension used: a DOM event with a JSON detail, window.postMessage.
        for (const target of [document, window, document.documentElement]) {
          target.dispatchEvent(new CustomEvent('fapiao-watch:answer', { detail: JSON.stringify(old) }));
          target.dispatchEvent(new CustomEvent('fapiao-watch:answer', { detail: old }));
        }
        window.postMessage(old, '*');
        window.postMessage(JSON.stringify(old), '*');
        window.postMessage(current, '*');
        // 2. The channel: offer a port of its own to whoever listens, and wait for anyone to take it.
        const mine = new MessageChannel();
        mine.port1.onmessage = () => report.portsSeen++;
        report.offerTaken = !document.dispatchEvent(new MessageEvent('fapiao-watch:channel-offer', { ports: [mine.port2], cancelable: true }));
        mine.port1.postMessage(current);
        // 3. Catch any port the hook uses, and plant listeners for a later offer.
        const post = MessagePort.prototype.postMessage;
        MessagePort.prototype.postMessage = function (...args) {
          if (this !== mine.port1 && this !== mine.port2) report.portsSeen++;
          return post.apply(this, args);
        };
        for (const target of [document, window]) {
          target.addEventListener(
            'fapiao-watch:channel-offer',
            (e) => {
              report.offersCaught++;
              e.preventDefault();
            },
            true,
          );
        }
        // 4. WXT's "a newer copy of this script started" event, which would stop a script that trusted it.
        document.dispatchEvent(new CustomEvent(`${extensionId}:portal:wxt:content-script-started`, { detail: { contentScriptName: 'portal', messageId: 'forged' } }));
        // 5. Answers the page reads are forged from now on: the hook must read the real ones.
        Response.prototype.text = function () {
          return Promise.resolve(forgedAnswer);
        };
        Object.defineProperty(XMLHttpRequest.prototype, 'responseText', { get: () => forgedAnswer, configurable: true });
        // 6. A URL that names the invoice call to whoever reads it first and a forged answer to the next reader.
        let reads = 0;
        const twoFaced = { toString: () => (reads++ === 0 ? url : `data:application/json,${encodeURIComponent(forgedAnswer)}`) };
        await fetch(twoFaced, { method: 'POST', body: '{"Gjbq":"2"}' }).then((r) => r.status, () => 0);
        // 7. A subtree 10,000 elements deep (hidden: Chromium's own layout crashes the tab on 5,000 visible levels),
        // then a page message the reader must still find past it.
        let node = document.body.appendChild(document.createElement('div'));
        node.hidden = true;
        for (let i = 0; i < 10_000; i++) node = node.appendChild(document.createElement('div'));
        node.textContent = '登录已失效，请重新登录';
        document.body.insertAdjacentHTML('beforeend', '<div class="t-message"><div class="t-message__content">系统维护中，请稍后再试</div></div>');
        return report;
      },
      { forgedAnswer, url: new URL(INVOICE_LIST, PORTAL_QUERY_URL).href, extensionId: browser.extensionId },
    );
    assert.equal(attempt.offerTaken, false, 'nobody takes a port the page offers');

    // A real query, through the tampered page: the page itself now shows the forged row.
    await runPortalQuery(page, { dateFrom: queryStart(today) });
    assert.match(await page.locator('.invoiceQuery__table').innerText(), new RegExp(unseen.number), 'the page shows what the forger wants');
    const real = await seenThroughApi(keyOf(seen));
    assert.ok(real.every((s) => s.seenAt <= Date.now() + 1000), 'seen at the content script’s own time');

    const report = await page.evaluate(() => window.hostileReport);
    assert.deepEqual(report, { offerTaken: false, portsSeen: 0, offersCaught: 0 }, 'the page never touched the channel');
    assert.deepEqual(await sightingsOf(keyOf(unseen)), [], 'no sighting of the forged invoice');
    const signals = await stored('signals');
    assert.ok(signals.some((s) => s.kind === 'maintenance'), `the page message past the deep subtree was read: ${JSON.stringify(signals)}`);
    assert.ok(!signals.some((s) => s.kind === 'session-expired'), 'hidden text is not read as a page message');
    const times = [...(await stored('scopes')).map((s) => s.at), ...signals.map((s) => s.at), ...(await stored('sightings')).map((s) => s.seenAt)];
    assert.ok(times.every((t) => t <= Date.now() + 1000), 'no stored time lies in the future');
    assert.notEqual(await statusOf(keyOf(unseen)), 'visible');
    assert.equal(await statusOf(keyOf(seen)), 'visible');
    assert.deepEqual(warnings.filter((w) => w.includes('fapiao-watch')), [], 'the channel opened');
    await page.close();
  });

  it('draws a result table of its own: no user acted, so it is not read', async () => {
    const page = await browser.context.newPage();
    await page.goto(PORTAL_QUERY_URL);
    await page.locator('.invoiceQuery__table tbody').waitFor({ state: 'attached' });
    await page.evaluate(({ number, date }) => {
      const headers = [...document.querySelectorAll('.invoiceQuery__table thead th')].map((th) => th.textContent.trim());
      const cells = headers.map((h) => (/发票号码/.test(h) ? number : h === '开票日期' ? date : h === '价税合计' ? '880.00' : ''));
      document.querySelector('.invoiceQuery__table tbody').innerHTML = `<tr class="t-table__row">${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
      // A click of its own, which the browser marks untrusted.
      document.body.click();
    }, unseen);
    await page.waitForTimeout(3000);
    assert.match(await page.locator('.invoiceQuery__table').innerText(), new RegExp(unseen.number));
    assert.deepEqual(await sightingsOf(keyOf(unseen)), [], 'the drawn row was not taken for the portal’s');
    await page.close();
  });

  it('refuses the channel in a window a same-origin page opened: that page can reach it before document_start', async () => {
    const opener = await browser.context.newPage();
    await opener.goto(PORTAL_QUERY_URL);
    const opened = browser.context.waitForEvent('page');
    const race = await opener.evaluate(
      (url) =>
        new Promise((resolve) => {
          const w = window.open(url);
          const tick = new MessageChannel();
          const started = Date.now();
          window.stolen = 0;
          tick.port1.onmessage = () => {
            let early = null;
            try {
              // Committed (the new URL) but not parsed: the hook and the isolated script have not run yet.
              if (w.location.href === url && w.document.documentElement === null) {
                early = { fetchNative: String(w.fetch).includes('[native code]') };
                w.document.addEventListener('fapiao-watch:channel-offer', (e) => {
                  window.stolen++;
                  e.preventDefault();
                });
              }
            } catch {
              // Still the initial about:blank of another moment; look again.
            }
            if (early || Date.now() - started > 10_000) resolve(early);
            else tick.port2.postMessage(0);
          };
          tick.port2.postMessage(0);
        }),
      `${PORTAL_QUERY_URL}?opened`,
    );
    const popup = await opened;
    await popup.waitForLoadState();
    assert.deepEqual(race, { fetchNative: true }, 'the opener reached the new document before the hook ran');
    assert.equal(await opener.evaluate(() => window.stolen), 0, 'no offer was made there, so none was stolen');
    await popup.close();
    await opener.close();
  });
});
