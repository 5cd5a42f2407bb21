import type { PageSignal, Taxpayer } from '@/utils/invoice/model';
import type { RequestOf } from '@/utils/messages';
import { signalsInAnswer } from '@/utils/portal/answer-signals';
import { callKind, type CallKind } from '@/utils/portal/call-kind';
import { parseHookMessage, type HookMessage } from '@/utils/portal/hook-message';
import { readInvoiceListAnswer } from '@/utils/portal/invoice-list-answer';
import { boundObservation, type Observation } from '@/utils/portal/observation-bounds';
import { countsForPortal, detectPageKind, isPortalHost } from '@/utils/portal/page-kind';
import { detectPageSignals, signalFromAnswerError, signalFromLocation } from '@/utils/portal/page-signals';
import { readQueryForm } from '@/utils/portal/query-form';
import type { ParsedQuery } from '@/utils/portal/query-request';
import { QUERY_BUTTON } from '@/utils/portal/selectors';
import { withPageScope } from '@/utils/portal/scope-from-page';
import { readResultTable } from '@/utils/portal/result-table';
import { tableScope } from '@/utils/portal/table-scope';
import { readTaxpayerAnswer, readTaxpayerFromHeader } from '@/utils/portal/taxpayer-answer';

export type Observed = Omit<RequestOf<'portal:observed'>, 'type'>;

/** The isolated end of the private channel (utils/portal/hook-channel.ts). */
export type HookPort = Pick<MessagePort, 'addEventListener' | 'removeEventListener' | 'start' | 'close'>;

export interface WatcherDeps {
  window: Window & typeof globalThis;
  document: Document;
  send: (observed: Observed) => void;
  /** The content script's own clock: every time sent is read from it, none from the page. */
  now: () => number;
  /** The content script's own ids for scopes and answers (random, so the page cannot guess or reuse one). */
  newId: () => string;
  /** Where the hook's copies arrive; null when the channel was refused, and then no copy is read. */
  port: HookPort | null;
  /** Quiet time after the page changes before the table is read (when no JSON answer was ever copied). */
  tableFallbackMs?: number;
  /** Called once the page has been quiet a moment after changing (the portal redrew its rows, say). */
  onSettled?: () => void;
}

/**
 * How long after the user's last real action (a click, a key, a choice) a changed result table is read. A page script
 * can draw any table, but it cannot make an event the browser marks trusted; tying the read to one means a forged
 * table needs a user who is querying at that moment, and an answer the hook did not see.
 */
export const TABLE_AFTER_USER_MS = 120_000;
const USER_ACTIONS = ['click', 'keydown', 'change'] as const;

/** A login page the portal itself sent the user to: the page before it was on a dppt host. */
function cameFromPortal(referrer: string): boolean {
  try {
    return isPortalHost(new URL(referrer).hostname);
  } catch {
    return false;
  }
}

/**
 * Watches one portal page: the JSON answers the hook copies, the result table only when no answer was ever copied
 * on this page (the hook missed the call, e.g. a new API path), and the page's own messages.
 */
export function startWatcher(deps: WatcherDeps): () => void {
  const { window: win, document: doc, now, newId, port } = deps;
  const host = win.location.hostname;
  const origin = win.location.origin;
  // The portal is a single-page app: where it is now, not where it was loaded, says what a copy or the page means.
  const page = () => win.location.pathname;
  /** Only the portal's known pages on a dppt host count; the 查验 platform and other hosts are read elsewhere or not at all. */
  const counts = () => countsForPortal(win.location.href);
  // Each observation leaves bounded, stamped with this script's clock, and with an id of its own for the background.
  const send = (o: Observation) => deps.send({ answerId: newId(), ...boundObservation(o, now()) });
  /** The taxpayer the portal's own API named; the page header is read afresh each time otherwise (企业切换). */
  let apiTaxpayer: Taxpayer | null = null;
  let answersSeen = 0;
  let lastTable = '';
  /** Signals on the page at the last look: a signal is reported when it appears, again if it comes back. */
  let showing = new Set<string>();
  /** The form as it stood when 查询 was last pressed: an encrypted query's answers are read against that, not a later edit. */
  let submitted: ParsedQuery | null = null;
  let userActedAt = -Infinity;
  let tableTimer: ReturnType<typeof setTimeout> | undefined;
  let signalTimer: ReturnType<typeof setTimeout> | undefined;

  const taxpayer = (): Taxpayer | null => apiTaxpayer ?? readTaxpayerFromHeader(doc, now());

  function sendSignals(signals: PageSignal[]): void {
    const keys = signals.map((s) => `${s.kind}|${s.text}`);
    const fresh = signals.filter((_, i) => !showing.has(keys[i]!));
    showing = new Set(keys);
    if (fresh.length) send({ scope: null, sightings: [], signals: fresh, taxpayer: taxpayer() });
  }

  function taxpayerObservation(msg: HookMessage): Observation | null {
    const found = readTaxpayerAnswer(msg.responseText, now());
    if (!found) return null;
    apiTaxpayer = found;
    return { scope: null, sightings: [], signals: [], taxpayer: found };
  }

  function listObservation(msg: HookMessage, call: 'invoice-list' | 'deduction-list'): Observation {
    answersSeen++;
    const at = now();
    const read = readInvoiceListAnswer({
      call,
      requestBody: msg.requestBody,
      responseText: msg.responseText,
      status: msg.status,
      page: page(),
      host,
      at,
      taxpayerId: taxpayer()?.taxId ?? null,
      scopeId: newId(),
    });
    // An encrypted request hides what was asked; the form as it stands now, when its answer came, tells.
    const scope = withPageScope({ ...read.scope, call }, submitted ?? readQueryForm(doc), read.rowsDirection);
    const failure = scope.ok ? null : signalFromAnswerError(scope.error ?? msg.error ?? String(msg.status), at, page());
    // A failed call is already on record as a failed scope; only the page-wide states are worth a signal.
    const signals = failure && failure.kind !== 'request-failed' ? [failure] : [];
    return { scope, sightings: read.sightings, signals, taxpayer: taxpayer() };
  }

  /** One reader per watched call: a call added to CallKind cannot fall into another call's reader. */
  const readers = {
    'invoice-list': (msg) => listObservation(msg, 'invoice-list'),
    'deduction-list': (msg) => listObservation(msg, 'deduction-list'),
    'deduction-check': (msg) => {
      const signals = signalsInAnswer(msg.responseText, now(), page());
      return signals.length ? { scope: null, sightings: [], signals, taxpayer: taxpayer() } : null;
    },
    taxpayer: taxpayerObservation,
  } satisfies Record<CallKind, (msg: HookMessage) => Observation | null>;

  function onCopy(event: MessageEvent<unknown>): void {
    if (!counts()) return;
    const msg = parseHookMessage(event.data, origin);
    const kind = msg && callKind(msg.url);
    if (!msg || !kind) return;
    const observed = readers[kind](msg);
    if (observed) send(observed);
  }

  function readTableFallback(): void {
    const at = now();
    if (answersSeen > 0 || !counts() || at - userActedAt > TABLE_AFTER_USER_MS) return;
    const scopeId = newId();
    const table = readResultTable(doc, { at, page: page(), host, scopeId });
    if (!table.sightings.length && !table.empty) return;
    const form = readQueryForm(doc);
    const signature = JSON.stringify([form, table.total, table.pageNumber, table.sightings.map((s) => s.key)]);
    if (signature === lastTable) return;
    lastTable = signature;
    const scope = { ...tableScope(form, table, { at, page: page(), host, scopeId }, taxpayer()?.taxId ?? null), call: 'table' as const };
    send({ scope, sightings: table.sightings, signals: [], taxpayer: taxpayer() });
  }

  const observer = new win.MutationObserver(() => {
    clearTimeout(signalTimer);
    signalTimer = setTimeout(() => {
      if (counts()) sendSignals(detectPageSignals(doc, now(), page()));
      deps.onSettled?.();
    }, 300);
    if (answersSeen > 0) return;
    clearTimeout(tableTimer);
    tableTimer = setTimeout(readTableFallback, deps.tableFallbackMs ?? 1500);
  });
  const onOffline = () => send({ scope: null, sightings: [], signals: [{ kind: 'offline', at: now(), text: 'navigator offline', page: page() }], taxpayer: taxpayer() });

  const onUserAction = (event: Event) => {
    if (event.isTrusted) userActedAt = now();
  };
  const onClick = (event: Event) => {
    const button = (event.target as Element | null)?.closest?.('button');
    if (button && button.textContent?.replace(/\s/g, '') === QUERY_BUTTON) submitted = readQueryForm(doc);
  };

  port?.addEventListener('message', onCopy);
  port?.start();
  // Capture: the form is read before the page's own handler can change or clear it.
  doc.addEventListener('click', onClick, true);
  for (const type of USER_ACTIONS) doc.addEventListener(type, onUserAction, true);
  win.addEventListener('offline', onOffline);
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const redirected = signalFromLocation(win.location.href, now());
  if (redirected && detectPageKind(win.location.href) === 'login' && cameFromPortal(doc.referrer)) sendSignals([redirected]);

  return () => {
    observer.disconnect();
    port?.removeEventListener('message', onCopy);
    port?.close();
    doc.removeEventListener('click', onClick, true);
    for (const type of USER_ACTIONS) doc.removeEventListener(type, onUserAction, true);
    win.removeEventListener('offline', onOffline);
    clearTimeout(tableTimer);
    clearTimeout(signalTimer);
  };
}
