import type { PageSignal, Taxpayer } from '@/utils/invoice/model';
import type { RequestOf } from '@/utils/messages';
import { parseHookMessage } from '@/utils/portal/hook-message';
import { readInvoiceListAnswer } from '@/utils/portal/invoice-list-answer';
import { detectPageKind } from '@/utils/portal/page-kind';
import { detectPageSignals, signalFromAnswerError, signalFromLocation } from '@/utils/portal/page-signals';
import { readQueryForm } from '@/utils/portal/query-form';
import { callKind } from '@/utils/portal/call-kind';
import { readResultTable } from '@/utils/portal/result-table';
import { tableScope } from '@/utils/portal/table-scope';
import { readTaxpayerAnswer, readTaxpayerFromHeader } from '@/utils/portal/taxpayer-answer';

export type Observed = Omit<RequestOf<'portal:observed'>, 'type'>;

export interface WatcherDeps {
  window: Window & typeof globalThis;
  document: Document;
  send: (observed: Observed) => void;
  now: () => number;
  /** How long a rendered table may go without a JSON answer before we read the table itself. */
  tableFallbackMs?: number;
}

/** Watches one portal page: hook messages first, the result table as fallback, and the page's own messages. */
export function startWatcher(deps: WatcherDeps): () => void {
  const { window: win, document: doc, send, now } = deps;
  const page = win.location.pathname;
  const host = win.location.hostname;
  let taxpayer: Taxpayer | null = null;
  let lastAnswerAt = 0;
  const reported = new Set<string>();
  let tableTimer: ReturnType<typeof setTimeout> | undefined;
  let signalTimer: ReturnType<typeof setTimeout> | undefined;

  const knownTaxpayer = (): Taxpayer | null => taxpayer ?? (taxpayer = readTaxpayerFromHeader(doc, now()));

  function sendSignals(signals: PageSignal[]): void {
    const fresh = signals.filter((s) => !reported.has(`${s.kind}|${s.text}`));
    fresh.forEach((s) => reported.add(`${s.kind}|${s.text}`));
    if (fresh.length) send({ scope: null, sightings: [], signals: fresh, taxpayer: knownTaxpayer() });
  }

  function onHookMessage(event: MessageEvent): void {
    if (event.source !== win) return;
    const msg = parseHookMessage(event.data);
    if (!msg) return;
    const kind = callKind(msg.url);
    if (!kind) return;
    if (kind === 'taxpayer') {
      const found = msg.responseText ? readTaxpayerAnswer(msg.responseText, msg.at) : null;
      if (found) {
        taxpayer = found;
        send({ scope: null, sightings: [], signals: [], taxpayer });
      }
      return;
    }
    lastAnswerAt = now();
    const read = readInvoiceListAnswer({
      requestBody: msg.requestBody,
      responseText: msg.responseText,
      status: msg.status,
      page,
      host,
      at: msg.at,
      taxpayerId: knownTaxpayer()?.taxId ?? null,
      scopeId: msg.id,
    });
    const failure = read.scope.ok ? null : signalFromAnswerError(read.scope.error ?? msg.error ?? String(msg.status), msg.at, page);
    send({ scope: read.scope, sightings: read.sightings, signals: failure ? [failure] : [], taxpayer: knownTaxpayer() });
  }

  function readTableIfNoAnswer(): void {
    if (now() - lastAnswerAt < (deps.tableFallbackMs ?? 1500)) return;
    const at = now();
    const scopeId = `table-${at}`;
    const table = readResultTable(doc, { at, page, host, scopeId });
    if (!table.sightings.length && !table.empty) return;
    send({ scope: tableScope(readQueryForm(doc), table, { at, page, host, scopeId }, knownTaxpayer()?.taxId ?? null), sightings: table.sightings, signals: [], taxpayer: knownTaxpayer() });
  }

  const observer = new win.MutationObserver(() => {
    clearTimeout(signalTimer);
    signalTimer = setTimeout(() => sendSignals(detectPageSignals(doc, now(), page)), 300);
    clearTimeout(tableTimer);
    tableTimer = setTimeout(readTableIfNoAnswer, deps.tableFallbackMs ?? 1500);
  });
  const onOffline = () => sendSignals([{ kind: 'offline', at: now(), text: 'navigator offline', page }]);

  win.addEventListener('message', onHookMessage);
  win.addEventListener('offline', onOffline);
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const redirected = signalFromLocation(win.location.href, now());
  if (redirected) sendSignals([redirected]);
  if (detectPageKind(win.location.href) !== 'other') sendSignals(detectPageSignals(doc, now(), page));

  return () => {
    observer.disconnect();
    win.removeEventListener('message', onHookMessage);
    win.removeEventListener('offline', onOffline);
    clearTimeout(tableTimer);
    clearTimeout(signalTimer);
  };
}
