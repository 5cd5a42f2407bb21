// Records every request of a browser context and who made it, for the zero-egress test.
//
// Playwright reports on the BrowserContext the requests of pages, of their dedicated workers (at any depth) and of
// service workers, but it files a dedicated worker's request under the page. A second, independent tap over the
// DevTools protocol attaches to each page's workers (and theirs), so worker traffic is counted as such and would
// still be seen if Playwright stopped reporting it. Playwright's CDPSession cannot route flattened child sessions, so
// the tap uses nested (non-flattened) sessions.

/** Where a request came from. */
export const KIND = {
  serviceWorker: 'service worker',
  extensionPage: 'extension page',
  extensionWorker: 'extension worker',
  portalPage: 'portal page',
  portalWorker: 'portal worker',
  navigation: 'navigation',
  other: 'other',
};

const WORKER_OF = { [KIND.extensionPage]: KIND.extensionWorker, [KIND.portalPage]: KIND.portalWorker };

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {{ extensionOrigin: string, portalOrigin: string }} origins
 */
export function recordRequests(context, { extensionOrigin, portalOrigin }) {
  /** @type {Array<{ kind: string, url: string, seenBy: 'playwright' | 'cdp' }>} */
  const entries = [];
  /** Requests the DevTools tap saw inside workers, by the kind of page that owns the worker. */
  const tapped = [];
  let recording = true;

  const kindOfDocument = (url) => {
    if (url.startsWith(`${extensionOrigin}/`)) return KIND.extensionPage;
    if (url.startsWith(`${portalOrigin}/`)) return KIND.portalPage;
    return KIND.other;
  };

  function kindOf(request) {
    const worker = request.serviceWorker();
    if (worker) return worker.url().startsWith(`${extensionOrigin}/`) ? KIND.serviceWorker : KIND.other;
    // A navigation still belongs to the document it leaves (about:blank for a new tab): judge it by where it goes.
    if (request.isNavigationRequest()) return KIND.navigation;
    try {
      return kindOfDocument(request.frame().url());
    } catch {
      return KIND.other;
    }
  }

  const onRequest = (request) => {
    if (recording) entries.push({ kind: kindOf(request), url: request.url(), seenBy: 'playwright' });
  };
  context.on('request', onRequest);

  /** Attaches the DevTools tap to `page`'s workers; call it before the page loads anything. */
  async function tapWorkers(page) {
    const cdp = await context.newCDPSession(page);
    let id = 0;
    /** Sends a command to the target at the end of a chain of nested sessions. */
    const send = (path, method, params = {}) => {
      let message = { id: ++id, method, params };
      for (const sessionId of path.slice(1).reverse()) {
        message = { id: ++id, method: 'Target.sendMessageToTarget', params: { sessionId, message: JSON.stringify(message) } };
      }
      return cdp.send('Target.sendMessageToTarget', { sessionId: path[0], message: JSON.stringify(message) }).catch(() => undefined);
    };
    const attached = async (path, info, waiting) => {
      if (info.type === 'worker') {
        await send(path, 'Network.enable');
        await send(path, 'Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
      }
      // The worker waits for every client that asked it to: resume it once its requests are being watched.
      if (waiting) await send(path, 'Runtime.runIfWaitingForDebugger');
      if (info.type !== 'worker' && path.length === 1) await cdp.send('Target.detachFromTarget', { sessionId: path[0] }).catch(() => undefined);
    };
    const received = (path, message) => {
      if (message.method === 'Target.receivedMessageFromTarget') {
        received([...path, message.params.sessionId], JSON.parse(message.params.message));
      } else if (message.method === 'Target.attachedToTarget') {
        void attached([...path, message.params.sessionId], message.params.targetInfo, message.params.waitingForDebugger);
      } else if (message.method === 'Network.requestWillBeSent' && recording) {
        tapped.push({ pageKind: kindOfDocument(page.url()), url: message.params.request.url });
      }
    };
    cdp.on('Target.attachedToTarget', (e) => void attached([e.sessionId], e.targetInfo, e.waitingForDebugger));
    cdp.on('Target.receivedMessageFromTarget', (e) => received([e.sessionId], JSON.parse(e.message)));
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  }

  /**
   * Stops recording and merges the tap into the record: each worker request Playwright filed under the page becomes
   * the worker's; one Playwright did not report at all is added, and counted.
   */
  function finish() {
    recording = false;
    context.off('request', onRequest);
    let missedByPlaywright = 0;
    for (const t of tapped) {
      const kind = WORKER_OF[t.pageKind] ?? KIND.other;
      const filed = entries.find((e) => e.seenBy === 'playwright' && e.kind === t.pageKind && e.url === t.url);
      if (filed) filed.kind = kind;
      else {
        entries.push({ kind, url: t.url, seenBy: 'cdp' });
        // Playwright leaves out data: URLs on purpose.
        if (!t.url.startsWith('data:')) missedByPlaywright++;
      }
    }
    const counts = {};
    for (const e of entries) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
    return { entries, counts, tapped: tapped.length, missedByPlaywright };
  }

  return { tapWorkers, finish };
}
