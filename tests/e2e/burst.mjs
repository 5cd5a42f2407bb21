// Helpers for the delivery e2e test: many invoices on the replica, a burst of the portal page's own list calls,
// faults in the extension's service worker through CDP, and what the extension holds afterwards.
import { decodeBody, queryFpjcxx, readQuery } from '../replica/api.mjs';
import { invoiceKey } from '../replica/data.mjs';
import { shiftDate } from './scenario.mjs';

const INVOICE_LIST_PATH = '/szzhzz/qlfpcx/v1/queryFpjcxx';

const pad = (v, n) => String(v).padStart(n, '0');

/**
 * `count` received 数电 invoices of the replica's taxpayer, spread over the `days` days before `today`, each with a
 * time of its own (the replica pages newest first: distinct times keep every page the same between two calls).
 * Their numbers have `29` where the sample data's have `20` (its 15-digit tails are below 9e11): none can collide.
 */
export function bulkInvoices(data, today, count, days = 60) {
  const sellers = data.companies.filter((c) => c.Nsrsbh !== data.taxpayer.Nsrsbh && c.Nsrsbh !== data.otherTaxpayer.Nsrsbh);
  return Array.from({ length: count }, (_, i) => {
    const date = shiftDate(today, -1 - (i % days));
    const second = Math.floor(i / days) * 7;
    const seller = sellers[i % sellers.length];
    const cents = 10_000 + ((i * 7919) % 900_000);
    const tax = Math.round(cents * 0.06);
    const money = (c) => `${Math.floor(c / 100)}.${pad(c % 100, 2)}`;
    return {
      Fphm: `${date.slice(2, 4)}${seller.Nsrsbh.slice(2, 4)}29${pad(i, 14)}`,
      Fpdm: '',
      FplxDm: '81',
      FpztDm: '01',
      Xsfnsrsbh: seller.Nsrsbh,
      Xsfmc: seller.Nsrmc,
      Gmfnsrsbh: data.taxpayer.Nsrsbh,
      Gmfmc: data.taxpayer.Nsrmc,
      Kprq: `${date} ${pad(8 + Math.floor(second / 3600), 2)}:${pad(Math.floor(second / 60) % 60, 2)}:${pad(second % 60, 2)}`,
      Hjje: money(cents),
      Hjse: money(tax),
      Jshj: money(cents + tax),
      XsfssjswjgDm: `1${seller.Nsrsbh.slice(2, 8)}0000`,
      Kpr: '张伟',
    };
  });
}

/** The 取得发票 query of a burst: every invoice of the last 90 days, `pageSize` a page. */
export function burstQuery(today, pageSize) {
  return { Gjbq: '2', FpztDm: [], FplxDm: [], Kprqq: shiftDate(today, -90), Kprqz: today, PageSize: pageSize };
}

/**
 * Has the portal page itself call the invoice list once per page number, one call every `gapMs` (0: all at once)
 * without waiting for the answers (as a page that pages quickly does), through the page's own `fetch`, which the extension's hook wraps.
 * Resolves with the number of rows each call got.
 */
export function pageBurst(page, { query, pages, gapMs }) {
  return page.evaluate(
    async ({ query, pages, gapMs, path }) => {
      const calls = [];
      for (let n = 1; n <= pages; n++) {
        const body = JSON.stringify({ ...query, PageNumber: n });
        calls.push(
          fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json;charset=UTF-8' }, body })
            .then((r) => r.json())
            .then((a) => a.Response.Data.List.length),
        );
        if (gapMs > 0) await new Promise((r) => setTimeout(r, gapMs));
      }
      return Promise.all(calls);
    },
    { query, pages, gapMs, path: INVOICE_LIST_PATH },
  );
}

/** The invoice-list calls the replica answered since `since`, and the distinct invoice keys those answers listed. */
export function servedSince(replica, since) {
  const calls = replica.requests.filter((r) => r.path === INVOICE_LIST_PATH && r.at >= since);
  const keys = new Set();
  for (const call of calls) {
    const answer = queryFpjcxx(replica.data.invoices, replica.scenario.taxpayer, readQuery(decodeBody(call.body)));
    for (const inv of answer.List) keys.add(invoiceKey(inv));
  }
  return { calls: calls.length, keys };
}

/**
 * Resolves with the next `answer:<id>` key the content script writes to storage.local: an answer that has just left
 * for the background and is not yet acknowledged. Stopping the worker right then catches it in flight.
 */
export function nextAnswerInFlight(extensionPage, timeoutMs = 5_000) {
  return extensionPage.evaluate(
    (timeoutMs) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no answer left for the background within ${timeoutMs} ms`)), timeoutMs);
        const listener = (changes, area) => {
          const key = Object.keys(changes).find((k) => k.startsWith('answer:') && changes[k].newValue !== undefined);
          if (area !== 'local' || !key) return;
          chrome.storage.onChanged.removeListener(listener);
          clearTimeout(timer);
          resolve(key);
        };
        chrome.storage.onChanged.addListener(listener);
      }),
    timeoutMs,
  );
}

/** Whether `key` is still in storage.local (its answer not acknowledged yet). */
export function stillPending(extensionPage, key) {
  return extensionPage.evaluate(async (key) => (await chrome.storage.local.get(key))[key] !== undefined, key);
}

/**
 * Watches the extension's service worker through CDP (ServiceWorker domain, on a session of one of its pages) and
 * stops it on demand, as Chrome does after 30 s idle or under memory pressure. Counts the stops the browser confirmed
 * and the starts after them, so a test can tell a fault that happened from one that was only asked for.
 */
export async function workerFaults(extensionPage, extensionId) {
  const cdp = await extensionPage.context().newCDPSession(extensionPage);
  const counts = { stopped: 0, restarted: 0 };
  let status = null;
  const waiters = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const version = versions.find((v) => v.scriptURL.includes(extensionId));
    if (!version || version.runningStatus === status) return;
    if (version.runningStatus === 'stopped') counts.stopped++;
    if (version.runningStatus === 'running' && status !== null) counts.restarted++;
    status = version.runningStatus;
    for (const w of waiters.splice(0)) w();
  });
  await cdp.send('ServiceWorker.enable');
  /** Resolves once the browser has reported one more stop than `before`. */
  const stoppedSince = async (before, timeoutMs) => {
    const limit = Date.now() + timeoutMs;
    while (counts.stopped <= before) {
      if (Date.now() > limit) throw new Error(`service worker not stopped after ${timeoutMs} ms (still ${status})`);
      await new Promise((r) => (waiters.push(r), setTimeout(r, 50)));
    }
  };
  return {
    counts,
    /** Stops the worker and resolves once the browser says it stopped (the next message wakes it again). */
    async stop() {
      const before = counts.stopped;
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stoppedSince(before, 5_000);
    },
  };
}

/**
 * A DevTools session on the extension's running service worker (reached through `extensionPage`), for heap readings.
 * Non-flattened, as in tests/bench/status/chromium-status.mjs: Playwright's CDPSession cannot address a child session.
 */
export async function attachWorker(extensionPage, extensionId) {
  const cdp = await extensionPage.context().newCDPSession(extensionPage);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
  if (!target) throw new Error('the extension has no running service worker');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  const waiting = new Map();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const msg = JSON.parse(e.message);
    waiting.get(msg.id)?.(msg);
    waiting.delete(msg.id);
  });
  let nextId = 1;
  const call = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, (msg) => (msg.error ? reject(new Error(`${method}: ${msg.error.message}`)) : resolve(msg.result)));
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  return {
    /** Bytes of JS heap in use now. */
    heapUsed: async () => (await call('Runtime.getHeapUsage')).usedSize,
    /** A full collection first: what the worker still holds, not garbage it has yet to collect. */
    heapRetained: async () => {
      await call('HeapProfiler.collectGarbage');
      return (await call('Runtime.getHeapUsage')).usedSize;
    },
    async detach() {
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}

/**
 * What the extension holds, read from one of its pages: answers still waiting in storage.local for an
 * acknowledgement, how many records the answers, scopes and signals stores have, and every stored sighting's key.
 */
export function extensionState(extensionPage) {
  return extensionPage.evaluate(async () => {
    const pending = Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('answer:')).length;
    // Opening a database the extension has not created yet would create an empty one under its name and break it:
    // until the background has opened it, nothing is stored.
    const known = (await indexedDB.databases()).some((d) => d.name === 'fapiao-watch' && (d.version ?? 0) >= 4);
    if (!known) return { pending, answers: 0, scopes: 0, signals: 0, sightingKeys: [] };
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('fapiao-watch');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      const tx = db.transaction(['answers', 'scopes', 'signals', 'sightings']);
      const ask = (request) =>
        new Promise((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const [answers, scopes, signals, sightingKeys] = await Promise.all([
        ask(tx.objectStore('answers').count()),
        ask(tx.objectStore('scopes').count()),
        ask(tx.objectStore('signals').count()),
        ask(tx.objectStore('sightings').getAllKeys()),
      ]);
      return { pending, answers, scopes, signals, sightingKeys };
    } finally {
      db.close();
    }
  });
}

/**
 * Polls `extensionState` until delivery has settled: nothing waits in storage.local and the stored answers have not
 * changed for `quietMs`, with at least `atLeast` of them. An answer being retried stays in storage.local, so a retry
 * is never taken for quiet; a lost answer never comes, and a doubled one shows once the count stops moving. Gives up
 * after `timeoutMs`. Returns the last state, whether it settled and when the state last changed.
 */
export async function settle(extensionPage, { atLeast = 0, quietMs = 1_500, timeoutMs = 30_000 } = {}) {
  const until = Date.now() + timeoutMs;
  let last = -1;
  let movedAt = Date.now();
  for (;;) {
    const state = await extensionState(extensionPage);
    if (state.answers !== last || state.pending > 0) [last, movedAt] = [state.answers, Date.now()];
    if (state.answers >= atLeast && Date.now() - movedAt >= quietMs) return { state, settled: true, lastChangeAt: movedAt };
    if (Date.now() > until) return { state, settled: false, lastChangeAt: movedAt };
    await new Promise((r) => setTimeout(r, 100));
  }
}
