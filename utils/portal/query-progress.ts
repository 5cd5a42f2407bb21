import type { QueryScope } from '../invoice/model';
import { queryKey } from '../reconcile/query-groups';

/** The query the page shows now: every key its pages listed so far, and how many of its rows were read. */
export interface QueryProgress {
  /** queryKey: pages with the same parameters belong to one query. */
  signature: string;
  scope: QueryScope;
  seen: ReadonlySet<string>;
  /** Rows read per page number (its latest read). */
  rowsByPage: ReadonlyMap<number, number>;
}

/** Adds one successful page of a query; a page of another query starts afresh. */
export function advanceQuery(progress: QueryProgress | null, scope: QueryScope, keys: readonly string[]): QueryProgress {
  const sig = queryKey(scope);
  const same = progress !== null && progress.signature === sig;
  const seen = new Set(same ? progress.seen : []);
  for (const key of keys) seen.add(key);
  const rowsByPage = new Map(same ? progress.rowsByPage : []);
  rowsByPage.set(scope.pageNumber, scope.rows);
  return { signature: sig, scope, seen, rowsByPage };
}

/** Rows the portal reported for the query that no page read yet showed; null when it gave no total. */
export function unreadRows(progress: QueryProgress): { total: number; read: number } | null {
  const total = progress.scope.total;
  if (total === null) return null;
  const read = [...progress.rowsByPage.values()].reduce((a, b) => a + b, 0);
  return read < total ? { total, read } : null;
}
