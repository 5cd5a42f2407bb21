import type { QueryScope } from '../invoice/model';
import { countsAsCoverage, queryGroups, queryKey } from '../reconcile/query-groups';

/** Per-snapshot facts every check asks for; computed once per scopes array, not once per invoice and check. */
export interface ScopeFacts {
  latest: QueryScope | null;
  latestOk: QueryScope | null;
  /** The portal host of the latest query read on the portal (an imported export has none). */
  latestHost: string | null;
  /** Taxpayer recorded with the latest query that recorded one. */
  latestTaxpayerId: string | null;
  /** Taxpayers that queried a list showing absence successfully (the 勾选 list is left out, as in queryGroups). */
  okTaxpayerIds: ReadonlySet<string>;
  /** Failed queries, latest first. */
  failed: QueryScope[];
  /**
   * Failed invoice-list queries (not the 勾选 list) that no later successful read of the same query and page
   * replaced, latest first.
   */
  failedNotRetried: QueryScope[];
  byId: ReadonlyMap<string, QueryScope>;
}

const cache = new WeakMap<readonly QueryScope[], ScopeFacts>();

/** Callers must treat scope arrays as immutable snapshots, as the memo is keyed by the array. */
export function scopeFacts(scopes: readonly QueryScope[]): ScopeFacts {
  const hit = cache.get(scopes);
  if (hit) return hit;
  let latest: QueryScope | null = null;
  let latestOk: QueryScope | null = null;
  let withTaxpayer: QueryScope | null = null;
  let withHost: QueryScope | null = null;
  const byId = new Map<string, QueryScope>();
  for (const s of scopes) {
    byId.set(s.id, s);
    if (!latest || s.at > latest.at) latest = s;
    if (s.ok && (!latestOk || s.at > latestOk.at)) latestOk = s;
    if (s.taxpayerId !== null && (!withTaxpayer || s.at > withTaxpayer.at)) withTaxpayer = s;
    if (s.host && (!withHost || s.at > withHost.at)) withHost = s;
  }
  const failed = scopes.filter((s) => !s.ok).sort((a, b) => b.at - a.at);
  const okPageAt = new Map<string, number>();
  for (const s of scopes) {
    if (!s.ok || !countsAsCoverage(s)) continue;
    const key = `${queryKey(s)}#${s.pageNumber}`;
    if (s.at > (okPageAt.get(key) ?? -Infinity)) okPageAt.set(key, s.at);
  }
  const facts: ScopeFacts = {
    latest,
    latestOk,
    latestHost: withHost?.host ?? null,
    latestTaxpayerId: withTaxpayer?.taxpayerId ?? null,
    okTaxpayerIds: new Set(
      queryGroups(scopes).flatMap((g) => (g.scope.taxpayerId !== null ? [g.scope.taxpayerId] : [])),
    ),
    failed,
    failedNotRetried: failed.filter(
      (f) => countsAsCoverage(f) && !((okPageAt.get(`${queryKey(f)}#${f.pageNumber}`) ?? -Infinity) > f.at),
    ),
    byId,
  };
  cache.set(scopes, facts);
  return facts;
}
