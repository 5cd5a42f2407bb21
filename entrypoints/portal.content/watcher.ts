import type { PageSignal, Taxpayer } from '@/utils/invoice/model';
import type { RequestOf } from '@/utils/messages';
import { signalsInAnswer } from '@/utils/portal/answer-signals';
import { callKind, type CallKind } from '@/utils/portal/call-kind';
import { HOOK_EVENT, MAX_RESPONSE_CHARS } from '@/utils/portal/hook-constants';
import { parseHookMessage, type HookMessage } from '@/utils/portal/hook-message';
import { readInvoiceListAnswer } from '@/utils/portal/invoice-list-answer';
import { detectPageKind } from '@/utils/portal/page-kind';
import { detectPageSignals, signalFromAnswerError, signalFromLocation } from '@/utils/portal/page-signals';
import { readQueryForm } from '@/utils/portal/query-form';
import type { ParsedQuery } from '@/utils/portal/query-request';
import { QUERY_BUTTON } from '@/utils/portal/selectors';
import { withPageScope } from '@/utils/portal/scope-from-page';
import { readResultTable } from '@/utils/portal/result-table';
import { tableScope } from '@/utils/portal/table-scope';
import { readTaxpayerAnswer, readTaxpayerFromHeader } from '@/utils/portal/taxpayer-answer';

export type Observed = Omit<RequestOf<'portal:observed'>, 'type'>;

export interface WatcherDeps {
  window: Window & typeof globalThis;
  document: Document;
  send: (observed: Observed) => void;
  now: () => number;
  /** Quiet time after the page changes before the table is read (when no JSON answer was ever copied). */
  tableFallbackMs?: number;
  /** Called once the page has been quiet a moment after changing (the portal redrew its rows, say). */
  onSettled?: () => void;
}

/** A little more than the hook's largest copy: JSON quoting of the answer text. */
const MAX_DETAIL_CHARS = MAX_RESPONSE_CHARS * 2 + 100_000;

function readDetail(event: Event): HookMessage | null {
  const detail = (event as CustomEvent<unknown>).detail;
  if (typeof detail !== 'string' || detail.length > MAX_DETAIL_CHARS) return null;
  try {
    return parseHookMessage(JSON.parse(detail));
  } catch {
    return null;
  }
}

/**
 * Watches one portal page: the JSON answers the hook copies, the result table only when no answer was ever copied
 * on this page (the hook missed the call, e.g. a new API path), and the page's own messages.
 */
export function startWatcher(deps: WatcherDeps): () => void {
  const { window: win, document: doc, send, now } = deps;
  const page = win.location.pathname;
  const host = win.location.hostname;
  /** The taxpayer the portal's own API named; the page header is read afresh each time otherwise (企业切换). */
  let apiTaxpayer: Taxpayer | null = null;
  let answersSeen = 0;
  let lastTable = '';
  /** Signals on the page at the last look: a signal is reported when it appears, again if it comes back. */
  let showing = new Set<string>();
  /** The form as it stood when 查询 was last pressed: an encrypted query's answers are read against that, not a later edit. */
  let submitted: ParsedQuery | null = null;
  let tableTimer: ReturnType<typeof setTimeout> | undefined;
  let signalTimer: ReturnType<typeof setTimeout> | undefined;

  const taxpayer = (): Taxpayer | null => apiTaxpayer ?? readTaxpayerFromHeader(doc, now());

  function sendSignals(signals: PageSignal[]): void {
    const keys = signals.map((s) => `${s.kind}|${s.text}`);
    const fresh = signals.filter((_, i) => !showing.has(keys[i]!));
    showing = new Set(keys);
    if (fresh.length) send({ scope: null, sightings: [], signals: fresh, taxpayer: taxpayer() });
  }

  function taxpayerObservation(msg: HookMessage): Observed | null {
    const found = readTaxpayerAnswer(msg.responseText, msg.at);
    if (!found) return null;
    apiTaxpayer = found;
    return { scope: null, sightings: [], signals: [], taxpayer: found };
  }

  function listObservation(msg: HookMessage, call: 'invoice-list' | 'deduction-list'): Observed {
    answersSeen++;
    const read = readInvoiceListAnswer({
      call,
      requestBody: msg.requestBody,
      responseText: msg.responseText,
      status: msg.status,
      page,
      host,
      at: msg.at,
      taxpayerId: taxpayer()?.taxId ?? null,
      scopeId: msg.id,
    });
    // An encrypted request hides what was asked; the form as it stands now, when its answer came, tells.
    const scope = withPageScope({ ...read.scope, call }, submitted ?? readQueryForm(doc), read.rowsDirection);
    const failure = scope.ok ? null : signalFromAnswerError(scope.error ?? msg.error ?? String(msg.status), msg.at, page);
    // A failed call is already on record as a failed scope; only the page-wide states are worth a signal.
    const signals = failure && failure.kind !== 'request-failed' ? [failure] : [];
    return { scope, sightings: read.sightings, signals, taxpayer: taxpayer() };
  }

  /** One reader per watched call: a call added to CallKind cannot fall into another call's reader. */
  const readers = {
    'invoice-list': (msg) => listObservation(msg, 'invoice-list'),
    'deduction-list': (msg) => listObservation(msg, 'deduction-list'),
    'deduction-check': (msg) => {
      const signals = signalsInAnswer(msg.responseText, msg.at, page);
      return signals.length ? { scope: null, sightings: [], signals, taxpayer: taxpayer() } : null;
    },
    taxpayer: taxpayerObservation,
  } satisfies Record<CallKind, (msg: HookMessage) => Observed | null>;

  function onHookEvent(event: Event): void {
    const msg = readDetail(event);
    const kind = msg && callKind(msg.url);
    if (!msg || !kind) return;
    const observed = readers[kind](msg);
    if (observed) send(observed);
  }

  function readTableFallback(): void {
    if (answersSeen > 0) return;
    const at = now();
    const scopeId = `table-${at}`;
    const table = readResultTable(doc, { at, page, host, scopeId });
    if (!table.sightings.length && !table.empty) return;
    const form = readQueryForm(doc);
    const signature = JSON.stringify([form, table.total, table.pageNumber, table.sightings.map((s) => s.key)]);
    if (signature === lastTable) return;
    lastTable = signature;
    const scope = { ...tableScope(form, table, { at, page, host, scopeId }, taxpayer()?.taxId ?? null), call: 'table' as const };
    send({ scope, sightings: table.sightings, signals: [], taxpayer: taxpayer() });
  }

  const observer = new win.MutationObserver(() => {
    clearTimeout(signalTimer);
    signalTimer = setTimeout(() => {
      sendSignals(detectPageSignals(doc, now(), page));
      deps.onSettled?.();
    }, 300);
    if (answersSeen > 0) return;
    clearTimeout(tableTimer);
    tableTimer = setTimeout(readTableFallback, deps.tableFallbackMs ?? 1500);
  });
  const onOffline = () => send({ scope: null, sightings: [], signals: [{ kind: 'offline', at: now(), text: 'navigator offline', page }], taxpayer: taxpayer() });

  const onClick = (event: Event) => {
    const button = (event.target as Element | null)?.closest?.('button');
    if (button && button.textContent?.replace(/\s/g, '') === QUERY_BUTTON) submitted = readQueryForm(doc);
  };

  doc.addEventListener(HOOK_EVENT, onHookEvent);
  // Capture: the form is read before the page's own handler can change or clear it.
  doc.addEventListener('click', onClick, true);
  win.addEventListener('offline', onOffline);
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const redirected = signalFromLocation(win.location.href, now());
  if (redirected && detectPageKind(win.location.href) === 'login' && doc.referrer.includes('dppt.')) sendSignals([redirected]);

  return () => {
    observer.disconnect();
    doc.removeEventListener(HOOK_EVENT, onHookEvent);
    doc.removeEventListener('click', onClick, true);
    win.removeEventListener('offline', onOffline);
    clearTimeout(tableTimer);
    clearTimeout(signalTimer);
  };
}
