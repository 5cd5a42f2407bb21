export type PageKind = 'invoice-query' | 'deduction' | 'digital-account' | 'login' | 'verify' | 'other';

const PORTAL_HOST = /^dppt\.[a-z0-9-]+\.chinatax\.gov\.cn$/;
const LOGIN_HOST = /^tpass\.(?:[a-z0-9-]+\.)?chinatax\.gov\.cn$/;
const VERIFY_HOST = 'inv-veri.chinatax.gov.cn';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A 数电 platform host, `dppt.<province>.chinatax.gov.cn`: the only hosts whose pages and answers are read. */
export function isPortalHost(hostname: string): boolean {
  return PORTAL_HOST.test(hostname.toLowerCase());
}

/** Which portal page a route (path and hash, no host) leads to. */
export function routeKind(route: string): Extract<PageKind, 'invoice-query' | 'deduction' | 'digital-account' | 'other'> {
  const r = route.toLowerCase();
  if (r.includes('/invoice-query')) return 'invoice-query';
  // The portal's own path is misspelt "dedeuction"; accept the correct spelling too.
  if (/\/(?:dedeuction|deduction)-type-checked/.test(r)) return 'deduction';
  if (r.includes('/digital-tax-account')) return 'digital-account';
  return 'other';
}

/** Which portal page `url` is. Routes are matched in path and hash, since some deployments route by hash. */
export function detectPageKind(url: string): PageKind {
  const u = parse(url);
  if (!u) return 'other';
  const host = u.hostname.toLowerCase();
  if (host === VERIFY_HOST) return 'verify';
  if (LOGIN_HOST.test(host)) return 'login';
  if (!PORTAL_HOST.test(host)) return 'other';
  return routeKind(`${u.pathname}${u.hash}`);
}

/** Whether what `url` shows counts as the portal's: one of its known pages on a dppt host. */
export function countsForPortal(url: string): boolean {
  const kind = detectPageKind(url);
  return kind === 'invoice-query' || kind === 'deduction' || kind === 'digital-account';
}

/** `beijing` for `dppt.beijing.chinatax.gov.cn[:8443]`; null for national or foreign hosts. */
export function provinceFromHost(host: string): string | null {
  const m = /^[a-z0-9-]+\.([a-z0-9-]+)\.chinatax\.gov\.cn(?::\d+)?$/.exec(host.trim().toLowerCase());
  return m?.[1] ?? null;
}
