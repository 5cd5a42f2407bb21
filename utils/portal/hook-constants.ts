// Bundled into the MAIN-world hook inside the portal page: this file must stay free of imports.

/**
 * The one event of the hand-over: the isolated content script offers the MAIN-world hook a MessagePort (in `ports`)
 * at document_start, and the hook takes it by cancelling the event. Every answer then travels on that port, never
 * through the DOM (see utils/portal/hook-channel.ts for why a page script cannot get at it).
 */
export const CHANNEL_OFFER_EVENT = 'fapiao-watch:channel-offer';

/** The only failures the hook reports, in its own words: a page-chosen reason (an abort's) never reaches us. */
export const HOOK_ERRORS = ['network error', 'timeout'] as const;
export type HookError = (typeof HOOK_ERRORS)[number];

export const INVOICE_LIST_PATH = '/szzhzz/qlfpcx/v1/queryFpjcxx';
export const DEDUCTION_LIST_PATH = '/ypfw/dkgx/v1/queryFpxx';
export const TAXPAYER_PATH = '/szzhzz/swszzhCtr/v1/getNsrjbxx';
/** The 勾选 page's check of whether this taxpayer may use it at all. */
export const DEDUCTION_CHECK_PATH = '/ypfw/ckts/v1/dkgxincheck';

/** Calls whose answers the hook copies: invoice list (全量发票查询), 勾选 list and its access check, logged-in taxpayer. */
export const WATCHED_PATHS: readonly string[] = [INVOICE_LIST_PATH, DEDUCTION_LIST_PATH, DEDUCTION_CHECK_PATH, TAXPAYER_PATH];

/** Request bodies longer than this (UTF-16 code units) are not posted; query bodies are a few hundred. */
export const MAX_REQUEST_BODY_CHARS = 64 * 1024;
/** Answers longer than this are not posted; a 1000-row page is well under it. */
export const MAX_RESPONSE_CHARS = 2 * 1024 * 1024;

/**
 * The watched path `url` (absolute or relative) calls, or null. Matches by path suffix so gateway prefixes
 * (`/kpfw/...`), query strings and letter case do not matter.
 */
export function watchedPath(url: string): string | null {
  let path: string;
  try {
    path = new URL(url, 'https://base.invalid/').pathname.toLowerCase().replace(/\/+$/, '');
  } catch {
    return null;
  }
  return WATCHED_PATHS.find((p) => path.endsWith(p.toLowerCase())) ?? null;
}

export function isWatchedUrl(url: string): boolean {
  return watchedPath(url) !== null;
}
