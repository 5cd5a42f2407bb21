import type { QueryScope } from '../invoice/model';

/** The pages of one query: same parameters, read at any time. */
export interface QueryGroup {
  /** Latest successful page: its parameters stand for the group. */
  scope: QueryScope;
  /**
   * When the earliest page kept (each page number's latest read) was read. The query is only as recent as that:
   * pages read at 23:50 and 00:10 are not a query made after midnight.
   */
  firstAt: number;
  /** Total the portal reported on the latest page that reported one. */
  total: number | null;
  /** Rows delivered, counting each page number once (its latest read). */
  rowsRead: number;
  /** null when the total is unknown. */
  complete: boolean | null;
}

/**
 * Whether a successful scope can show an invoice is absent. The 勾选 (deduction) list only holds invoices at the
 * deduction stage and never 普票: it proves an invoice exists (its sightings count) but never that one is missing.
 */
export function countsAsCoverage(s: QueryScope): boolean {
  return s.call !== 'deduction-list';
}

/** The parameters that make pages one query (page number aside). */
export function queryKey(s: QueryScope): string {
  const params = [
    s.host,
    s.taxpayerId ?? '',
    s.direction ?? '',
    s.dateFrom ?? '',
    s.dateTo ?? '',
    [...s.statusCodes].sort().join(','),
    [...s.typeCodes].sort().join(','),
    s.pageSize,
    (s.narrowedBy ?? []).join(','),
    s.numberFilter ?? '',
  ];
  // Encrypted requests hide their parameters; the reported total is the best hint that pages belong together.
  if (s.encrypted) params.push('enc', s.total ?? '');
  return params.join('|');
}

const cache = new WeakMap<readonly QueryScope[], QueryGroup[]>();

/**
 * Successful scopes grouped into queries, leaving out the deduction list (see countsAsCoverage): every coverage
 * and query-scope judgement goes through here. Memoised per array because diagnose asks once per invoice; callers
 * must treat scope arrays as immutable (they are snapshots).
 */
export function queryGroups(scopes: readonly QueryScope[]): QueryGroup[] {
  const hit = cache.get(scopes);
  if (hit) return hit;
  const pagesByQuery = new Map<string, Map<number, QueryScope>>();
  for (const s of scopes) {
    if (!s.ok || !countsAsCoverage(s)) continue;
    const key = queryKey(s);
    let pages = pagesByQuery.get(key);
    if (!pages) pagesByQuery.set(key, (pages = new Map()));
    const prev = pages.get(s.pageNumber);
    if (!prev || s.at >= prev.at) pages.set(s.pageNumber, s);
  }
  const groups: QueryGroup[] = [];
  for (const pages of pagesByQuery.values()) {
    let latest: QueryScope | null = null;
    let firstAt = Infinity;
    let totalAt = -Infinity;
    let total: number | null = null;
    let rowsRead = 0;
    for (const page of pages.values()) {
      rowsRead += page.rows;
      if (!latest || page.at >= latest.at) latest = page;
      if (page.at < firstAt) firstAt = page.at;
      if (page.total !== null && page.at >= totalAt) [total, totalAt] = [page.total, page.at];
    }
    if (latest) groups.push({ scope: latest, firstAt, total, rowsRead, complete: total === null ? null : rowsRead >= total });
  }
  cache.set(scopes, groups);
  return groups;
}
