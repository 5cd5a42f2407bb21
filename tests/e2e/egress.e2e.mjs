// Zero egress, proven: the full story runs in one fresh profile while every request of every context is recorded.
// The extension may reach only itself; the portal page only its own origin. Canaries show the guard (the CSP's
// connect-src 'self'), not only the absence of traffic: the canary host is reachable, and still nothing arrives.
import assert from 'node:assert/strict';
import https from 'node:https';
import { after, before, describe, it } from 'node:test';
import { sampleData } from '../replica/data.mjs';
import { selfSignedCert } from '../replica/cert.mjs';
import { chromiumHostRules, startReplica } from '../replica/server.mjs';
import { KIND, recordRequests } from './egress-recorder.mjs';
import { dropFiles, importSettled, saveImport } from './import-flow.mjs';
import { launchWithExtension } from './launch.mjs';
import { PORTAL_QUERY_URL, addAndConfirm, keyOf, openWhy, runPortalQuery } from './portal-flow.mjs';
import { chinaToday, queryStart, scenarioCases } from './scenario.mjs';

const today = chinaToday();
const cases = scenarioCases(sampleData(today), today);
const TYPO = keyOf(cases.find((c) => c.cause === 'typo').input);
const PORTAL_ORIGIN = new URL(PORTAL_QUERY_URL).origin;
/** Resolved to a local sink: a refused fetch there is the CSP at work, not a name that does not resolve. */
const CANARY = 'https://egress-canary.invalid/x';
const FILES = [
  'tests/fixtures/samples/shudian-zhuanpiao-24112000000048542163.ofd',
  'tests/fixtures/generated/pdf-text/shudian-normal-1.pdf',
  'tests/fixtures/samples/screenshot-legacy-dianzi-putong-050001700111-99999951.jpg',
  'tests/fixtures/generated/sheets/erp-utf8-bom.csv',
];

/** Counts what reaches the canary host. */
async function startSink() {
  const hits = [];
  const server = https.createServer(selfSignedCert(), (req, res) => {
    hits.push(req.url);
    res.end('canary');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    hits,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/**
 * Fetches the canary where it runs (page, worker or service worker): what happened, and any CSP report. `no-cors`
 * because without the CSP the fetch would resolve (opaque): a refusal is then the CSP's, not CORS's.
 */
function fetchCanary(url) {
  let csp = null;
  self.addEventListener('securitypolicyviolation', (e) => (csp ??= { directive: e.effectiveDirective, blocked: e.blockedURI }));
  return fetch(url, { mode: 'no-cors', cache: 'no-store' })
    .then(
      () => 'reached',
      (e) => `refused: ${e.message}`,
    )
    .then((result) => new Promise((resolve) => setTimeout(() => resolve({ result, csp }), 200)));
}

/** Loads the canary as an image in a page: CSP's connect-src does not cover images, only img-src or default-src does. */
function loadImageCanary(url) {
  let csp = null;
  self.addEventListener('securitypolicyviolation', (e) => (csp ??= { directive: e.effectiveDirective, blocked: e.blockedURI }));
  // The sink answers text, so the image fails either way: what counts is the CSP report and what the sink saw.
  return new Promise((resolve) => {
    const image = new Image();
    image.onload = image.onerror = () => setTimeout(() => resolve(csp), 200);
    image.src = url;
  });
}

let replica;
let sink;
let browser;
/** What the run produced, for the tests to judge. */
const run = {};

async function download(page, testId) {
  const waiting = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const file = await waiting;
  await file.path();
  return file.suggestedFilename();
}

/** The content script hands page messages over a moment after they appear: ask again until the finding shows. */
async function findingInPopup(page, key, check) {
  for (let i = 1; ; i++) {
    await page.goto(browser.extensionUrl('popup.html'));
    const row = await openWhy(page, key);
    const finding = row.locator(`[data-testid=finding][data-check=${check}][data-verdict=cause]`);
    if ((await finding.count()) > 0 || i === 10) {
      await finding.waitFor({ state: 'attached', timeout: 1000 });
      return row;
    }
    await page.waitForTimeout(300);
  }
}

/**
 * Stops the extension's service worker through the DevTools protocol and lets `wake` start it again. Playwright keeps
 * the same Worker handle across the restart (its DevTools session survives it), so recording goes on.
 */
async function restartServiceWorker(page, wake) {
  const cdp = await page.context().newCDPSession(page);
  let status = null;
  const reached = async (wanted) => {
    for (const deadline = Date.now() + 10_000; status !== wanted; await new Promise((r) => setTimeout(r, 20))) {
      if (Date.now() > deadline) throw new Error(`the service worker is ${status}, not ${wanted}`);
    }
  };
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    const version = e.versions.find((v) => v.scriptURL.startsWith('chrome-extension://'));
    if (version) status = version.runningStatus;
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await reached('stopped');
  await wake();
  await reached('running');
  await cdp.detach();
}

before(async () => {
  replica = await startReplica({ port: 0, today });
  sink = await startSink();
  browser = await launchWithExtension({
    hostRules: `${chromiumHostRules(replica.port)}, MAP egress-canary.invalid:443 127.0.0.1:${sink.port}`,
  });
  const { context, extensionId, extensionUrl } = browser;
  // Not new URL(…).origin: Node gives 'null' for a chrome-extension: URL.
  const extensionOrigin = `chrome-extension://${extensionId}`;
  const recorder = recordRequests(context, { extensionOrigin, portalOrigin: PORTAL_ORIGIN });
  const page = async (url) => {
    const p = await context.newPage();
    await recorder.tapWorkers(p);
    await p.goto(url);
    return p;
  };

  // The worker started before anything could listen: restart it under the recorder, so its start-up counts too.
  const [worker] = context.serviceWorkers();
  const startedAt = () => worker.evaluate(() => performance.timeOrigin);
  const firstStart = await startedAt();
  const dashboard = await page('about:blank');
  await restartServiceWorker(dashboard, () => dashboard.goto(extensionUrl('dashboard.html')));
  run.workerRestarted = (await startedAt()) > firstStart;

  // Expect invoices by hand and from files of every kind, and save them.
  for (const c of cases) await addAndConfirm(dashboard, c.input);
  await dropFiles(dashboard, FILES);
  await importSettled(dashboard);
  run.importedKinds = await dashboard.getByTestId('import-file').evaluateAll((files) => files.map((f) => `${f.dataset.kind}:${f.dataset.state}`));
  await saveImport(dashboard);

  // One query on 全量发票查询: the content scripts read it and the overlay shows.
  const portal = await page(PORTAL_QUERY_URL);
  await runPortalQuery(portal, { dateFrom: queryStart(today) });
  await portal.getByTestId('overlay-panel').waitFor();

  // Why is the mistyped invoice missing, and its report.
  const popup = await page('about:blank');
  const row = await findingInPopup(popup, TYPO, 'typo');
  const report = await page(await row.getByTestId('report').getAttribute('href'));
  await report.getByTestId('report-findings').waitFor();

  // Everything the record offers: the three exports and an encrypted backup.
  run.downloads = [];
  for (const testId of ['export-csv', 'export-xlsx', 'export-json']) run.downloads.push(await download(dashboard, testId));
  await dashboard.getByTestId('backup-passphrase').fill('北京财务 egress 2026');
  run.downloads.push(await download(dashboard, 'backup'));

  // Canaries: the worker reaches its own package (so its requests are seen) and no further; a page cannot either.
  run.manifestUrl = extensionUrl('manifest.json');
  run.manifestStatus = await worker.evaluate(() => fetch(chrome.runtime.getURL('/manifest.json')).then((r) => r.status));
  run.canaries = {
    [KIND.serviceWorker]: await worker.evaluate(fetchCanary, CANARY),
    [KIND.extensionPage]: await dashboard.evaluate(fetchCanary, CANARY),
  };
  // The import worker stays up for the next drop.
  const pageWorker = dashboard.workers()[0];
  assert.ok(pageWorker, 'a worker of the dashboard is running');
  run.canaries[KIND.extensionWorker] = await pageWorker.evaluate(fetchCanary, CANARY);
  run.sinkHitsWhileRecording = sink.hits.length;
  run.record = recorder.finish();

  // Outside the record, since today it goes out: an image from an extension page.
  run.imageCanary = await dashboard.evaluate(loadImageCanary, `${CANARY}.png`);
  run.imageHits = sink.hits.filter((path) => path.endsWith('.png')).length;

  // The control, outside the record: an ordinary web page does reach the canary host.
  const hitsBefore = sink.hits.length;
  run.control = await portal.evaluate(fetchCanary, CANARY);
  run.controlHits = sink.hits.length - hitsBefore;
});

after(async () => {
  await browser?.close();
  await replica?.close();
  await sink?.close();
});

const isExtension = (url) => url.startsWith(browser.extensionUrl('')) || /^(blob|data):/.test(url);
const byKind = (...kinds) => run.record.entries.filter((e) => kinds.includes(e.kind));

describe('zero egress over the whole story: import, portal reading, diagnosis, report, export and backup', () => {
  it('ran the story: every file read, the exports and the backup downloaded', (t) => {
    t.diagnostic(`files: ${run.importedKinds.join(', ')}; downloads: ${run.downloads.join(', ')}`);
    assert.deepEqual(run.importedKinds.sort(), ['csv:done', 'image:done', 'ofd:done', 'pdf:done']);
    assert.equal(run.downloads.length, 4);
  });

  it('records every kind of context: service worker (restarted, canary), extension pages, their workers, the portal page', (t) => {
    const { counts, tapped, missedByPlaywright } = run.record;
    t.diagnostic(`requests per context: ${JSON.stringify(counts)}; worker requests seen by the DevTools tap: ${tapped}, not reported by Playwright: ${missedByPlaywright}`);
    assert.ok(run.workerRestarted, 'the service worker was restarted under the recorder');
    assert.equal(run.manifestStatus, 200);
    assert.ok(
      byKind(KIND.serviceWorker).some((e) => e.url === run.manifestUrl),
      'the service worker canary request was recorded',
    );
    assert.ok(counts[KIND.extensionPage] > 0 && counts[KIND.portalPage] > 0);
    assert.ok(counts[KIND.extensionWorker] > 0, 'the import and record workers load their code and data, and it is recorded');
    assert.ok(byKind(KIND.extensionWorker).some((e) => e.url.endsWith('.wasm')), 'wasm loaded by a worker is recorded');
  });

  it('the extension (service worker, pages, workers) requested nothing outside its own package', () => {
    const foreign = byKind(KIND.serviceWorker, KIND.extensionPage, KIND.extensionWorker).filter((e) => !isExtension(e.url));
    assert.deepEqual(foreign, []);
  });

  it('the portal page made only its own requests: the extension added none there', () => {
    const foreign = byKind(KIND.portalPage, KIND.portalWorker).filter((e) => !e.url.startsWith(`${PORTAL_ORIGIN}/`));
    assert.deepEqual(foreign, []);
  });

  it('every navigation went to the extension or the portal, and no request came from anywhere else', () => {
    assert.deepEqual(byKind(KIND.navigation).filter((e) => !isExtension(e.url) && !e.url.startsWith(`${PORTAL_ORIGIN}/`)), []);
    assert.deepEqual(byKind(KIND.other), []);
  });

  it('the CSP refuses a reachable foreign host from the service worker, an extension page and its worker', () => {
    assert.deepEqual(Object.keys(run.canaries), [KIND.serviceWorker, KIND.extensionPage, KIND.extensionWorker]);
    for (const [kind, canary] of Object.entries(run.canaries)) {
      assert.match(canary.result, /^refused/, `${kind}: ${canary.result}`);
      assert.deepEqual(canary.csp, { directive: 'connect-src', blocked: CANARY }, `${kind} reports the connect-src violation`);
    }
    assert.equal(run.sinkHitsWhileRecording, 0, 'nothing reached the canary host');
    assert.equal(run.control.result, 'reached', 'an ordinary web page does reach the canary host');
    assert.equal(run.controlHits, 1);
  });

  it('the CSP refuses an image from a foreign host in an extension page', () => {
    assert.deepEqual(run.imageCanary, { directive: 'img-src', blocked: `${CANARY}.png` });
    assert.equal(run.imageHits, 0, 'nothing reached the canary host');
  });
});
