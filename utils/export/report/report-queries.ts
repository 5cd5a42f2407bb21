import { datedGroups } from '../../diagnose/relevant-groups';
import { describeScope, plural, t } from '../../diagnose/text';
import type { DiagnosisContext, Text } from '../../diagnose/types';
import type { QueryScope } from '../../invoice/model';
import { countsAsCoverage, queryKey, type QueryGroup } from '../../reconcile/query-groups';
import type { ReportQuery } from './report-types';

const INVOICE_LIST = t('全量发票查询', '全量发票查询 (invoice list)');
const RESULT_TABLE = t('全量发票查询（页面表格）', '全量发票查询 (result table)');
const EXPORT_FILE = t('全量发票查询导出文件', '全量发票查询 export file');

const pageCache = new WeakMap<readonly QueryScope[], Map<string, Set<number>>>();

/** Page numbers read successfully, per query; memoised per snapshot like queryGroups, as diagnose asks per invoice. */
function pagesByQuery(scopes: readonly QueryScope[]): Map<string, Set<number>> {
  const hit = pageCache.get(scopes);
  if (hit) return hit;
  const pages = new Map<string, Set<number>>();
  for (const s of scopes) {
    if (!s.ok || !countsAsCoverage(s)) continue;
    const key = queryKey(s);
    let set = pages.get(key);
    if (!set) pages.set(key, (set = new Set()));
    set.add(s.pageNumber);
  }
  pageCache.set(scopes, pages);
  return pages;
}

/** `1–3, 5`: runs of consecutive pages as ranges. */
export function pageRuns(pages: readonly number[]): string[] {
  const sorted = [...pages].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    runs.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs;
}

function pagesText(g: QueryGroup, read: readonly number[]): Text {
  const runs = pageRuns(read);
  const of = g.total === null || g.scope.pageSize <= 0 ? null : Math.max(1, Math.ceil(g.total / g.scope.pageSize));
  return t(
    `第 ${runs.join('、')} 页${of === null ? '' : `（共 ${of} 页）`}`,
    `${read.length === 1 ? 'page' : 'pages'} ${runs.join(', ')}${of === null ? '' : ` of ${of}`}`,
  );
}

function where(s: QueryScope): Text {
  const source = s.call === 'export' ? EXPORT_FILE : s.call === 'table' ? RESULT_TABLE : INVOICE_LIST;
  return s.host ? t(`${source.zh}（${s.host}）`, `${source.en}, ${s.host}`) : source;
}

function rowsText(g: QueryGroup): Text {
  return g.total === null
    ? t(`读取 ${g.rowsRead} 条`, `${plural(g.rowsRead, 'row')} read`)
    : t(`共 ${g.total} 条，读取 ${g.rowsRead} 条`, `${plural(g.total, 'row')}, ${g.rowsRead} read`);
}

/**
 * The queries that could have listed the invoice, as the diagnosis judged them (datedGroups: dates that include the
 * issue date, made once the portal could list it when any were), latest first.
 */
export function reportQueries(ctx: DiagnosisContext): ReportQuery[] {
  const pages = pagesByQuery(ctx.scopes);
  return [...datedGroups(ctx)]
    .sort((a, b) => b.firstAt - a.firstAt)
    .map((g) => ({
      at: g.firstAt,
      where: where(g.scope),
      what: describeScope(g.scope),
      rows: rowsText(g),
      pages: pagesText(g, [...(pages.get(queryKey(g.scope)) ?? [])]),
    }));
}
