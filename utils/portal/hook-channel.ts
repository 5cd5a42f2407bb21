import { CHANNEL_OFFER_EVENT } from './hook-constants';

/**
 * The private channel between the MAIN-world hook and the isolated content script, opened once at document_start.
 *
 * Why a page script cannot get at the port:
 * - Both content scripts run at document_start, hook first (Chrome and Firefox inject in manifest order, and WXT lists
 *   `portal-hook` before `portal`), one after the other before the parser has built anything but `<html>`; no page
 *   script has run, so none has a listener on `document`, nor has replaced a built-in the hook takes.
 * - The offer is dispatched synchronously: the hook's listener takes `ports[0]` and cancels the event before
 *   `dispatchEvent` returns. Nothing of it stays anywhere a later script could look: no attribute, no global, no
 *   pending postMessage (whose `message` event would come after page scripts had started).
 * - `port1` never leaves this (isolated) world, and the hook keeps `port2` in a closure and posts through the
 *   `MessagePort.prototype.postMessage` it took before the page ran. A page script can dispatch look-alike events
 *   as often as it likes: nobody here listens for them any more.
 *
 * The channel is refused (the page's copied answers are then ignored; the result table is still read) when a page
 * script could have run first in this window's MAIN world:
 * - `late`: injected after the document started to parse (Firefox injects into open tabs on install; Chrome after
 *   site access granted "on click"). Page scripts ran and may have replaced the built-ins the hook relies on.
 * - `opener`: a window of the same origin opened this one. In Chromium it can reach the new document's window after
 *   the navigation commits and before document_start scripts run (tests/e2e/hostile.e2e.mjs shows it), so it could
 *   have planted listeners or replaced built-ins there.
 * - `no-hook`: nobody took the offer (the hook did not run, or runs after us).
 * What remains: a same-origin window this one opened, or one holding a reference to it by name, can navigate it
 * and plant code the same way; this window cannot tell. That needs a script already running on the portal's origin.
 */
export type ChannelRefusal = 'late' | 'opener' | 'no-hook';

export type HookChannel = { port: MessagePort; refused: null } | { port: null; refused: ChannelRefusal };

export interface ChannelEnv {
  window: { readonly opener: unknown; readonly location: { readonly origin: string } };
  document: { readonly readyState: DocumentReadyState; readonly head: HTMLElement | null; readonly body: HTMLElement | null; dispatchEvent(event: Event): boolean };
  createChannel: () => { port1: MessagePort; port2: MessagePort };
  /** `new MessageEvent(type, init)` of this (isolated) world. */
  createEvent: (type: string, init: MessageEventInit) => Event;
}

/** Whether a page-script could already have run in this document: it has parsed past `<html>`. */
function parsingStarted(doc: ChannelEnv['document']): boolean {
  return doc.readyState !== 'loading' || doc.head !== null || doc.body !== null;
}

function sameOriginOpener(win: ChannelEnv['window']): boolean {
  const opener = win.opener as { location?: { origin?: unknown } } | null;
  if (!opener) return false;
  try {
    return opener.location?.origin === win.location.origin;
  } catch {
    // A cross-origin opener's location cannot be read, and neither can it reach into this document.
    return false;
  }
}

/** Opens the channel, or says why not. Call once, synchronously at the start of the isolated script's main(). */
export function openHookChannel(env: ChannelEnv): HookChannel {
  if (parsingStarted(env.document)) return { port: null, refused: 'late' };
  if (sameOriginOpener(env.window)) return { port: null, refused: 'opener' };
  const { port1, port2 } = env.createChannel();
  const offer = env.createEvent(CHANNEL_OFFER_EVENT, { ports: [port2], cancelable: true });
  // dispatchEvent returns false only when a listener cancelled the offer: the hook's "taken".
  if (env.document.dispatchEvent(offer)) {
    port1.close();
    port2.close();
    return { port: null, refused: 'no-hook' };
  }
  return { port: port1, refused: null };
}
