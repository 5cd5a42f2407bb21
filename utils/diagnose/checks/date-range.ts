import { queryGroups } from '../../reconcile/query-groups';
import { dateFits } from '../../reconcile/scope-fit';
import { wantedDirection } from '../context';
import { monthOf } from '../local-time';
import { ruledOutBySighting } from '../seen';
import { dateRange, joinTexts, t } from '../text';
import type { DiagnosisContext, Finding } from '../types';

const TITLE = t('查询日期范围', 'Query date range');
const MAX_LISTED = 3;

export function checkDateRange(ctx: DiagnosisContext): Finding {
  const seen = ruledOutBySighting(ctx, 'date-range', TITLE);
  if (seen) return seen;
  const date = ctx.expected.date;
  const scopes = queryGroups(ctx.scopes).map((g) => g.scope);
  if (scopes.length === 0) {
    return {
      id: 'date-range',
      verdict: 'unknown',
      title: TITLE,
      evidence: t('没有成功的查询，无从判断。', 'No successful query to judge by.'),
    };
  }
  const covering = scopes.find((s) => dateFits(s, date) === true);
  if (covering) {
    const range = dateRange(covering.dateFrom, covering.dateTo);
    return {
      id: 'date-range',
      verdict: 'ok',
      title: TITLE,
      evidence: t(
        `查询范围 ${range.zh} 包含开票日期 ${date}。`,
        `The range ${range.en} includes the issue date ${date}.`,
      ),
    };
  }
  if (scopes.some((s) => dateFits(s, date) === null)) {
    return {
      id: 'date-range',
      verdict: 'unknown',
      title: TITLE,
      evidence: t(
        '部分查询请求已加密，看不到日期范围。',
        'Some query requests were encrypted; their date range is not visible.',
      ),
    };
  }
  // Queries that differ only in page size or filters searched the same dates: name each range once.
  const distinct = [...new Map(scopes.map((s) => [`${s.dateFrom}|${s.dateTo}`, s])).values()];
  const ranges = joinTexts(distinct.slice(0, MAX_LISTED).map((s) => dateRange(s.dateFrom, s.dateTo)));
  const more =
    distinct.length > MAX_LISTED ? t(` 等 ${distinct.length} 个`, ` and ${distinct.length - MAX_LISTED} more`) : t('', '');
  const month = monthOf(date);
  const direction = wantedDirection(ctx) ?? undefined;
  return {
    id: 'date-range',
    verdict: 'cause',
    title: t('查询日期范围不含开票日期', 'The query dates exclude the issue date'),
    evidence: t(
      `查询范围 ${ranges.zh}${more.zh} 不含开票日期 ${date}。`,
      `The ranges ${ranges.en}${more.en} exclude the issue date ${date}.`,
    ),
    next: {
      text: t(
        `把开票日期起止改为 ${month.from} 至 ${month.to} 后重新查询。`,
        `Query again from ${month.from} to ${month.to}.`,
      ),
      action: { kind: 'widen-query', dateFrom: month.from, dateTo: month.to, ...(direction ? { direction } : {}) },
    },
  };
}
