import type { QueryScope } from '../invoice/model';

/** Per-snapshot facts every check asks for; computed once per scopes array, not once per invoice and check. */
export interface ScopeFacts {
  latest: QueryScope | null;
  latestOk: QueryScope | null;
  okCount: number;
  /** Taxpayer recorded with the latest query that recorded one. */
  latestTaxpayerId: string | null;
  /** Taxpayers that queried successfully. */
  okTaxpayerIds: ReadonlySet<string>;
  /** Failed queries, latest first. */
  failed: QueryScope[];
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
  const byId = new Map<string, QueryScope>();
  for (const s of scopes) {
    byId.set(s.id, s);
    if (!latest || s.at > latest.at) latest = s;
    if (s.ok && (!latestOk || s.at > latestOk.at)) latestOk = s;
    if (s.taxpayerId !== null && (!withTaxpayer || s.at > withTaxpayer.at)) withTaxpayer = s;
  }
  const facts: ScopeFacts = {
    latest,
    latestOk,
    okCount: scopes.filter((s) => s.ok).length,
    latestTaxpayerId: withTaxpayer?.taxpayerId ?? null,
    okTaxpayerIds: new Set(scopes.flatMap((s) => (s.ok && s.taxpayerId !== null ? [s.taxpayerId] : []))),
    failed: scopes.filter((s) => !s.ok).sort((a, b) => b.at - a.at),
    byId,
  };
  cache.set(scopes, facts);
  return facts;
}
