import type { QueryScope } from '../invoice/model';
import type { ParsedQuery } from './query-request';
import { UNREADABLE_TABLE, type TableContext, type TableResult } from './result-table';

/** The QueryScope of a table read: filters from the form, counts from the table and pager. */
export function tableScope(form: ParsedQuery, table: TableResult, ctx: TableContext, taxpayerId: string | null): QueryScope {
  const rows = table.rows;
  // Without a table (or its number column) the read says nothing about what the portal holds.
  const failure = table.problems.find((p) => UNREADABLE_TABLE.includes(p.code));
  return {
    id: ctx.scopeId,
    at: ctx.at,
    page: ctx.page,
    host: ctx.host,
    direction: form.direction,
    dateFrom: form.dateFrom,
    dateTo: form.dateTo,
    statusCodes: form.statusCodes,
    typeCodes: form.typeCodes,
    pageNumber: table.pageNumber ?? form.pageNumber ?? 1,
    pageSize: form.pageSize ?? rows,
    total: table.total ?? (table.empty ? 0 : null),
    rows,
    taxpayerId,
    encrypted: false,
    ...(failure ? { ok: false, error: failure.zh } : { ok: true }),
  };
}
