// Delivery loses nothing (issue 15, parts 2 and 7), in real Chromium: the portal page itself calls the invoice list in
// a burst while the extension's service worker is stopped through CDP; 100 answers of 50 rows arrive while the popup
// is open; the portal tab closes while answers still wait their turn. Every row the replica served must be stored,
// every answer exactly once, and the worker's heap stays bounded.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromiumHostRules, startReplica } from '../replica/server.mjs';
import { attachWorker, bulkInvoices, burstQuery, extensionState, nextAnswerInFlight, pageBurst, servedSince, settle, stillPending, workerFaults } from './burst.mjs';
import { launchWithExtension } from './launch.mjs';
import { PORTAL_QUERY_URL } from './portal-flow.mjs';
import { chinaToday } from './scenario.mjs';

const today = chinaToday();
const PAGE_SIZE = 50;
const BURST_PAGES = 40;
/** The worker is stopped when this many of the burst's calls have been answered: early, midway and late. */
const STOP_AFTER_CALLS = [10, 20, 30];
const LOAD_PAGES = 100;
/*
 * Bounds under the load, each several times what was measured (Chromium 156, 12 runs): popup:get at most 20–241 ms,
 * the worker heap peaking at 9.2–11.4 MB and keeping 2.5 MB more after a full collection (5,000 more sightings known). Wide enough for a slow CI machine, far below what
 * the faults they guard against cost: answers piling up in the background's queue keep the popup waiting seconds, and
 * unbounded sightings took the heap to 2.7 GB (issue 15).
 */
const POPUP_ANSWER_MS = 3_000;
const PEAK_HEAP_BYTES = 48 * 1024 * 1024;
const RETAINED_GROWTH_BYTES = 16 * 1024 * 1024;
const SETTLE_MS = 30_000;

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

let replica;

before(async () => {
  replica = await startReplica({ port: 0, today });
  // More invoices than the load reads (the sample data has ~35): every page of both bursts is a full one.
  replica.data.invoices.push(...bulkInvoices(replica.data, today, LOAD_PAGES * PAGE_SIZE));
});

after(async () => {
  await replica?.close();
});

/** A fresh browser and profile per test: nothing one test stored can hide what another lost. */
async function withBrowser(run) {
  const browser = await launchWithExtension({ hostRules: chromiumHostRules(replica.port) });
  try {
    return await run(browser);
  } finally {
    await browser.close();
  }
}

/** Opens the 全量发票查询 page and waits until the extension has stored the taxpayer answer it caused. */
async function openPortal(context, extensionPage) {
  const portal = await context.newPage();
  await portal.goto(PORTAL_QUERY_URL);
  const { state, settled } = await settle(extensionPage, { atLeast: 1, timeoutMs: 10_000 });
  assert.ok(settled, `the portal page's taxpayer answer never arrived: ${JSON.stringify({ ...state, sightingKeys: state.sightingKeys.length })}`);
  return { portal, before: state };
}

/** Rows the replica served that the extension did not store, and rows it stored that nobody served. */
function compare(served, stored) {
  const have = new Set(stored);
  return { lost: [...served].filter((k) => !have.has(k)), extra: stored.filter((k) => !served.has(k)) };
}

describe('delivery of portal answers', () => {
  it(`a service worker stopped ${STOP_AFTER_CALLS.length} times in a burst of ${BURST_PAGES} answers loses no row and stores each answer once`, async () => {
    await withBrowser(async ({ context, extensionUrl, extensionId }) => {
      const ext = await context.newPage();
      await ext.goto(extensionUrl('popup.html'));
      const { portal, before: start } = await openPortal(context, ext);
      // Its CDP session ends with the browser.
      const worker = await workerFaults(ext, extensionId);

      const since = Date.now();
      const burst = pageBurst(portal, { query: burstQuery(today, PAGE_SIZE), pages: BURST_PAGES, gapMs: 50 });
      const caughtInFlight = [];
      for (const calls of STOP_AFTER_CALLS) {
        while (servedSince(replica, since).calls < calls) await new Promise((r) => setTimeout(r, 10));
        const key = await nextAnswerInFlight(ext);
        await worker.stop();
        // Still in storage.local once the worker is gone: the stop caught that answer before its acknowledgement.
        caughtInFlight.push(await stillPending(ext, key));
      }
      const rows = await burst;
      assert.deepEqual(rows, Array(BURST_PAGES).fill(PAGE_SIZE), 'every call of the burst got a full page');

      const served = servedSince(replica, since);
      const expectAnswers = start.answers + served.calls;
      const { state, settled } = await settle(ext, { timeoutMs: SETTLE_MS });
      const { lost, extra } = compare(served.keys, state.sightingKeys);
      const { stopped, restarted } = worker.counts;
      const caught = caughtInFlight.filter(Boolean).length;
      console.log(`faults injected: ${stopped} worker stops, ${caught} with an answer in flight (after calls ${STOP_AFTER_CALLS.join(', ')}); restarts: ${restarted}`);
      console.log(`rows lost: ${lost.length} of ${served.keys.size} served in ${served.calls} answers; settled: ${settled}`);

      assert.equal(served.calls, BURST_PAGES);
      assert.equal(served.keys.size, BURST_PAGES * PAGE_SIZE, 'the burst served distinct rows');
      assert.ok(settled, `delivery did not settle within ${SETTLE_MS} ms: ${state.pending} answers pending, ${state.answers}/${expectAnswers} stored`);
      assert.equal(lost.length, 0, `rows lost, e.g. ${lost.slice(0, 3).join(' ')}`);
      assert.equal(extra.length, 0, `rows stored that the replica never served, e.g. ${extra.slice(0, 3).join(' ')}`);
      // One record per answer: a duplicate delivery would add an answer and a scope, a lost one would miss them.
      assert.equal(state.answers, expectAnswers, 'answers stored');
      assert.equal(state.scopes - start.scopes, served.calls, 'one query scope per list answer');
      assert.equal(state.signals, start.signals, 'no page signal from a burst of good answers');
      // The faults were real: each stop happened, the worker came back, and at least one caught an answer in flight.
      assert.equal(stopped, STOP_AFTER_CALLS.length, 'every stop asked for happened');
      assert.ok(restarted >= stopped, 'each stop was followed by a start');
      assert.ok(caught >= 1, 'at least one stop caught an answer before its acknowledgement');
      assert.equal(state.pending, 0, 'nothing left waiting in storage.local');
    });
  });

  it(`${LOAD_PAGES} answers of ${PAGE_SIZE} rows with the popup open: nothing dropped or doubled, the popup answers, the worker heap stays bounded`, async () => {
    await withBrowser(async ({ context, extensionUrl, extensionId }) => {
      const popup = await context.newPage();
      await popup.goto(extensionUrl('popup.html'));
      // Two invoices the user expects: one the load lists, one nobody lists, so the popup has a summary to draw.
      const [listed] = replica.data.invoices.slice(-LOAD_PAGES * PAGE_SIZE);
      const unseen = { ...listed, Fphm: `${listed.Fphm.slice(0, 6)}${'8'.repeat(14)}` };
      for (const inv of [listed, unseen]) {
        const input = { number: inv.Fphm, date: inv.Kprq.slice(0, 10), total: inv.Jshj, sellerTaxId: inv.Xsfnsrsbh, buyerTaxId: inv.Gmfnsrsbh };
        const added = await popup.evaluate((i) => chrome.runtime.sendMessage({ type: 'expected:add', input: i }), input);
        assert.equal(added?.ok, true, JSON.stringify(added));
      }
      const { portal, before: start } = await openPortal(context, popup);
      const worker = await attachWorker(popup, extensionId);
      try {
        const retainedBefore = await worker.heapRetained();
        let peak = await worker.heapUsed();
        let sampling = true;
        const sampler = (async () => {
          while (sampling) {
            peak = Math.max(peak, await worker.heapUsed().catch(() => 0));
            await new Promise((r) => setTimeout(r, 100));
          }
        })();
        // The open popup keeps asking, as it does when the user clicks: each answer's time is recorded.
        await popup.evaluate(() => {
          window.latencies = [];
          window.probing = true;
          void (async () => {
            while (window.probing) {
              const t0 = performance.now();
              const answer = await chrome.runtime.sendMessage({ type: 'popup:get', limit: 30 });
              window.latencies.push(answer?.summary ? performance.now() - t0 : Infinity);
              await new Promise((r) => setTimeout(r, 200));
            }
          })();
        });

        const since = Date.now();
        const rows = await pageBurst(portal, { query: burstQuery(today, PAGE_SIZE), pages: LOAD_PAGES, gapMs: 5 });
        const served = servedSince(replica, since);
        const expectAnswers = start.answers + served.calls;
        const { state, settled, lastChangeAt } = await settle(popup, { timeoutMs: SETTLE_MS });
        const loadMs = lastChangeAt - since;
        sampling = false;
        await sampler;
        const latencies = await popup.evaluate(() => ((window.probing = false), window.latencies));
        const retainedAfter = await worker.heapRetained();
        const { lost, extra } = compare(served.keys, state.sightingKeys);
        const slowest = Math.max(...latencies);
        console.log(
          `load: ${served.calls} answers, ${served.keys.size} rows stored in ${loadMs} ms; rows lost: ${lost.length}; ` +
            `popup:get answered ${latencies.length} times, slowest ${slowest.toFixed(0)} ms`,
        );
        console.log(`peak worker memory under load: ${mb(peak)} (heap sampled every 100 ms; retained ${mb(retainedBefore)} before, ${mb(retainedAfter)} after)`);

        assert.deepEqual(rows, Array(LOAD_PAGES).fill(PAGE_SIZE), 'every call got a full page');
        assert.ok(settled, `delivery did not settle within ${SETTLE_MS} ms: ${state.pending} pending, ${state.answers}/${expectAnswers} stored`);
        assert.equal(lost.length, 0, `rows lost, e.g. ${lost.slice(0, 3).join(' ')}`);
        assert.equal(extra.length, 0, `rows stored that the replica never served, e.g. ${extra.slice(0, 3).join(' ')}`);
        assert.equal(state.answers, expectAnswers, 'answers stored');
        assert.equal(state.scopes - start.scopes, served.calls, 'one query scope per list answer');
        assert.ok(latencies.length >= 3, `the popup asked only ${latencies.length} times during the load`);
        assert.ok(slowest < POPUP_ANSWER_MS, `popup:get took ${slowest} ms under load (bound ${POPUP_ANSWER_MS} ms)`);
        assert.ok(peak < PEAK_HEAP_BYTES, `peak worker heap ${mb(peak)} (bound ${mb(PEAK_HEAP_BYTES)})`);
        assert.ok(retainedAfter - retainedBefore < RETAINED_GROWTH_BYTES, `worker retains ${mb(retainedAfter - retainedBefore)} more after the load`);

        // Afterwards the popup opens as usual and tells the listed invoice from the unseen one.
        await popup.reload();
        const summary = popup.getByTestId('popup-summary');
        await summary.waitFor({ timeout: 5_000 });
        const attention = ['data-missing', 'data-not-searched'].map((a) => summary.getAttribute(a));
        assert.equal((await Promise.all(attention)).reduce((n, v) => n + Number(v), 0), 1, 'only the unlisted invoice needs attention');
        await popup.locator(`[data-testid=missing-row][data-key="${unseen.Fphm}"]`).waitFor({ timeout: 5_000 });
        assert.equal(await popup.locator(`[data-testid=missing-row][data-key="${listed.Fphm}"]`).count(), 0, 'the listed invoice is seen');
      } finally {
        await worker.detach();
      }
    });
  });

  it('answers the page already had survive the portal tab closing before their turn', async () => {
    await withBrowser(async ({ context, extensionUrl, extensionId }) => {
      const ext = await context.newPage();
      await ext.goto(extensionUrl('popup.html'));
      const { portal, before: start } = await openPortal(context, ext);
      const worker = await workerFaults(ext, extensionId);
      const since = Date.now();
      await pageBurst(portal, { query: burstQuery(today, PAGE_SIZE), pages: LOAD_PAGES, gapMs: 0 });
      // The user closes the tab a moment after the last page showed, while earlier answers still wait their turn.
      await portal.waitForTimeout(100);
      const atClose = await extensionState(ext);
      await portal.close();
      // What was kept in storage.local is stored when the worker next starts.
      await worker.stop();
      await ext.reload();
      const { state } = await settle(ext, { timeoutMs: SETTLE_MS });
      const served = servedSince(replica, since);
      const { lost } = compare(served.keys, state.sightingKeys);
      const waiting = start.answers + served.calls - atClose.answers;
      console.log(`rows lost when the portal tab closes: ${lost.length} of ${served.keys.size} (${waiting} answers not stored yet when it closed)`);
      assert.ok(waiting > 0, 'the tab closed while answers still waited');
      assert.equal(lost.length, 0, `rows lost, e.g. ${lost.slice(0, 3).join(' ')}`);
      assert.equal(state.pending, 0, 'nothing left waiting in storage.local');
    });
  });
});
