import type { Direction, QueryScope } from '../invoice/model';
import { gjbqDirection, type ParsedQuery } from './query-request';

/** Each row's Gjbq, when all rows agree on it. */
export function rowsDirection(gjbq: ReadonlyArray<string | null>): Direction | null {
  const seen = new Set(gjbq.map((g) => gjbqDirection(g ?? '')));
  if (seen.size !== 1) return null;
  return [...seen][0] ?? null;
}

/**
 * What an encrypted request hides, taken from the page: the direction every row of the answer carries, else the
 * form's, and the form's dates — the form as it stood when 查询 was pressed. Filters stay unknown (`encrypted`): a
 * form shows "全部" and "not read" alike. A readable request is left as it is.
 */
export function withPageScope(scope: QueryScope, form: ParsedQuery, fromRows: Direction | null): QueryScope {
  if (!scope.encrypted) return scope;
  const direction = fromRows ?? form.direction;
  const dates = form.dateFrom !== null && form.dateTo !== null;
  if (direction === null && !dates) return scope;
  return {
    ...scope,
    direction,
    ...(dates ? { dateFrom: form.dateFrom, dateTo: form.dateTo } : {}),
    sources: {
      ...(direction !== null ? { direction: fromRows !== null ? ('rows' as const) : ('page' as const) } : {}),
      ...(dates ? { dates: 'page' as const } : {}),
    },
  };
}
