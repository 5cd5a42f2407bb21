import type { Direction, QueryScope } from '../invoice/model';
import type { ParsedQuery } from './query-request';

/** Each row's Gjbq, when all rows agree on it. */
export function rowsDirection(gjbq: ReadonlyArray<string | null>): Direction | null {
  const seen = new Set(gjbq.map((g) => (g === '1' ? 'issued' : g === '2' ? 'received' : null)));
  if (seen.size !== 1) return null;
  return [...seen][0] ?? null;
}

/**
 * What an encrypted request hides, taken from the page as it stood when the answer came: the form's direction and
 * dates, else the direction every row carries. Filters stay unknown (`encrypted`): a form shows "全部" and "not read"
 * alike. A readable request is left as it is.
 */
export function withPageScope(scope: QueryScope, form: ParsedQuery, fromRows: Direction | null): QueryScope {
  if (!scope.encrypted) return scope;
  const direction = form.direction ?? fromRows;
  const dates = form.dateFrom !== null && form.dateTo !== null;
  if (direction === null && !dates) return scope;
  return {
    ...scope,
    direction,
    ...(dates ? { dateFrom: form.dateFrom, dateTo: form.dateTo } : {}),
    sources: {
      ...(direction !== null ? { direction: form.direction !== null ? ('page' as const) : ('rows' as const) } : {}),
      ...(dates ? { dates: 'page' as const } : {}),
    },
  };
}
