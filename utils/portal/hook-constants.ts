// Bundled into the MAIN-world hook inside the portal page: this file must stay free of imports.

export const HOOK_SOURCE = 'fapiao-watch-hook';

/** Calls whose answers the hook copies: invoice list (全量发票查询), 勾选 list, logged-in taxpayer. */
export const WATCHED_PATHS: readonly string[] = [
  '/szzhzz/qlfpcx/v1/queryFpjcxx',
  '/ypfw/dkgx/v1/queryFpxx',
  '/szzhzz/swszzhCtr/v1/getNsrjbxx',
];

/** Request bodies longer than this (UTF-16 code units) are not posted; query bodies are a few hundred. */
export const MAX_REQUEST_BODY_CHARS = 64 * 1024;
/** Answers longer than this are not posted; a 1000-row page is well under it. */
export const MAX_RESPONSE_CHARS = 2 * 1024 * 1024;

const WATCHED_LOWER = WATCHED_PATHS.map((p) => p.toLowerCase());

/** Matches by path suffix so gateway prefixes (`/kpfw/...`) and query strings do not matter. */
export function isWatchedUrl(url: string): boolean {
  let path: string;
  try {
    path = new URL(url, 'https://base.invalid/').pathname.toLowerCase().replace(/\/+$/, '');
  } catch {
    return false;
  }
  return WATCHED_LOWER.some((p) => path.endsWith(p));
}
