import type { PageSignal, SignalKind } from '../invoice/model';
import { isHidden, visibleText } from './dom-text';
import { detectPageKind } from './page-kind';
import { MAIN_AREAS, MESSAGE_AREAS } from './selectors';
import { matchSignalTexts } from './signal-texts';

const MESSAGE_CHARS = 500;
const MAIN_CHARS = 20_000;
/** Per selector; a page with more toasts than this is not telling us anything new. */
const MAX_AREAS = 50;
/** Characters kept either side of a phrase found in the long main text. */
const CONTEXT = 80;

function around(text: string, index: number, phrase: string): string {
  const start = Math.max(0, index - CONTEXT);
  return text.slice(start, index + phrase.length + CONTEXT).trim();
}

function messageTexts(doc: Document): string[] {
  const texts: string[] = [];
  for (const selector of MESSAGE_AREAS) {
    const areas = doc.querySelectorAll(selector);
    for (let i = 0; i < areas.length && i < MAX_AREAS; i++) {
      const el = areas[i];
      if (el && !isHidden(el)) texts.push(visibleText(el, MESSAGE_CHARS));
    }
  }
  return texts;
}

function mainText(doc: Document): string {
  for (const selector of MAIN_AREAS) {
    const el = doc.querySelector(selector);
    if (el) return visibleText(el, MAIN_CHARS);
  }
  return doc.body ? visibleText(doc.body, MAIN_CHARS) : '';
}

/** Session, permission and maintenance notices the page shows, at most one per kind. */
export function detectPageSignals(doc: Document, at: number, page: string): PageSignal[] {
  const found = new Map<SignalKind, string>();
  for (const text of messageTexts(doc)) {
    for (const m of matchSignalTexts(text)) if (!found.has(m.kind)) found.set(m.kind, text);
  }
  const main = mainText(doc);
  for (const m of matchSignalTexts(main)) if (!found.has(m.kind)) found.set(m.kind, around(main, m.index, m.phrase));
  return [...found].map(([kind, text]) => ({ kind, at, text: text.slice(0, MESSAGE_CHARS), page }));
}

/** A page on the tpass login host means the portal sent the user back to log in. */
export function signalFromLocation(url: string, at: number): PageSignal | null {
  if (detectPageKind(url) !== 'login') return null;
  const u = new URL(url);
  // Query strings on the login page carry redirect targets and tokens; keep only origin and path.
  const page = `${u.origin}${u.pathname}`.slice(0, MESSAGE_CHARS);
  return { kind: 'session-expired', at, text: `已跳转到登录页 ${u.hostname}（redirected to the login page）`, page };
}

/** Classifies a Response.Error message; anything not about session, permission or maintenance is a failed request. */
export function signalFromAnswerError(message: string, at: number, page: string): PageSignal | null {
  const text = message.replace(/\s+/g, ' ').trim().slice(0, MESSAGE_CHARS);
  if (text === '') return null;
  return { kind: matchSignalTexts(text)[0]?.kind ?? 'request-failed', at, text, page };
}
