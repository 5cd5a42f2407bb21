import { queryGroups, type QueryGroup } from '../../reconcile/query-groups';
import { dateFits } from '../../reconcile/scope-fit';
import { offsetOf, wantedDirection } from '../context';
import { formatLocal, monthOf } from '../local-time';
import { ruledOutBySighting } from '../seen';
import { syncTiming, type SyncTiming } from '../sync-timing';
import { chinaIsoDate } from '../../invoice/china-time';
import { dateRange, describeScope, joinTexts, t } from '../text';
import type { DiagnosisContext, Finding, NextAction, Text } from '../types';

const TITLE = t('查询日期范围', 'Query date range');
const MAX_LISTED = 3;

function widen(ctx: DiagnosisContext): Extract<NextAction, { kind: 'widen-query' }> {
  const month = monthOf(ctx.expected.date);
  const direction = wantedDirection(ctx) ?? undefined;
  return { kind: 'widen-query', dateFrom: month.from, dateTo: month.to, ...(direction ? { direction } : {}) };
}

/** `2024-05-01 至 2024-05-31、…等 4 个`: each range once (queries differing in page size or filters share dates). */
function rangesOf(groups: readonly QueryGroup[]): Text {
  const distinct = [...new Map(groups.map((g) => [`${g.scope.dateFrom}|${g.scope.dateTo}`, g.scope])).values()];
  const ranges = joinTexts(distinct.slice(0, MAX_LISTED).map((s) => dateRange(s.dateFrom, s.dateTo)));
  const more =
    distinct.length > MAX_LISTED ? t(` 等 ${distinct.length} 个`, ` and ${distinct.length - MAX_LISTED} more`) : t('', '');
  return t(`${ranges.zh}${more.zh}`, `${ranges.en}${more.en}`);
}

/**
 * Whether a query searched the issue date at a time the portal could list the invoice. A query run before that
 * moment (syncTiming.visibleAt, the moment reconcile's coverage uses) did not search for it at all: once the moment
 * has passed that is the cause, and the next step is to query again; before it, sync-delay is the cause.
 */
export function checkDateRange(ctx: DiagnosisContext): Finding {
  const seen = ruledOutBySighting(ctx, 'date-range', TITLE);
  if (seen) return seen;
  const date = ctx.expected.date;
  const groups = queryGroups(ctx.scopes);
  if (groups.length === 0) {
    return {
      id: 'date-range',
      verdict: 'unknown',
      title: TITLE,
      evidence: t('没有成功的查询，无从判断。', 'No successful query to judge by.'),
    };
  }
  const timing = syncTiming(ctx);
  const { visibleAt } = timing;
  const off = offsetOf(ctx);
  const inTime = (g: QueryGroup) => g.firstAt >= visibleAt;
  const covering = groups.find((g) => inTime(g) && dateFits(g.scope, date) === true);
  if (covering) {
    const range = dateRange(covering.scope.dateFrom, covering.scope.dateTo);
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
  const encrypted = t(
    '部分查询请求已加密，看不到日期范围。',
    'Some query requests were encrypted; their date range is not visible.',
  );
  if (groups.some((g) => inTime(g) && dateFits(g.scope, date) === null)) {
    return { id: 'date-range', verdict: 'unknown', title: TITLE, evidence: encrypted };
  }
  const early = groups.filter((g) => !inTime(g) && dateFits(g.scope, date) !== false);
  if (early.length) {
    // Name a query known to include the date when there is one; an encrypted one only hides its dates.
    const including = early.filter((g) => dateFits(g.scope, date) === true);
    const latest = (including.length ? including : early).reduce((a, b) => (b.firstAt > a.firstAt ? b : a));
    const visible = formatLocal(visibleAt, off);
    const q = describeScope(latest.scope);
    if (ctx.now < visibleAt) {
      // Nothing could have found it yet: the range is judged on its own, and sync-delay explains the wait.
      const fits = including[0];
      if (!fits) return { id: 'date-range', verdict: 'unknown', title: TITLE, evidence: encrypted };
      const range = dateRange(fits.scope.dateFrom, fits.scope.dateTo);
      // A future issue date is a wrong record (record-format), which no wait explains.
      const why = timing.future
        ? t(
            `但开票日期晚于今天（${chinaIsoDate(ctx.now)}），请先核对登记的开票日期，见「登记的发票信息格式」`,
            `but the issue date is after today (${chinaIsoDate(ctx.now)}); check the recorded date first, see "Format of the recorded invoice"`,
          )
        : t(`这张发票 ${visible} 起才可能查到，见「同步延迟」`, `the invoice can be listed only from ${visible}, see "Sync delay"`);
      return {
        id: 'date-range',
        verdict: 'ok',
        title: TITLE,
        evidence: t(
          `查询范围 ${range.zh} 包含开票日期 ${date}；${why.zh}。`,
          `The range ${range.en} includes the issue date ${date}; ${why.en}.`,
        ),
      };
    }
    const at = formatLocal(latest.firstAt, off);
    const later = groups.filter(inTime);
    const since = later.length
      ? t(
          `；之后的查询范围 ${rangesOf(later).zh} 不含开票日期 ${date}`,
          `; the later queries (${rangesOf(later).en}) exclude the issue date ${date}`,
        )
      : t('', '');
    const which = !later.length
      ? t('最近一次查询', 'The latest query')
      : including.length
        ? t('包含开票日期的最近一次查询', 'The latest query including the issue date')
        : t('日期范围未知的最近一次查询', 'The latest query with unknown dates');
    const month = monthOf(date);
    return {
      id: 'date-range',
      verdict: 'cause',
      title: t('查询时这张发票还查不到', 'The query ran before the invoice could be listed'),
      evidence: t(
        `${which.zh}在 ${at}（${q.zh}），早于这张发票可查到的时间 ${visible}${since.zh}。`,
        `${which.en} ran at ${at} (${q.en}), before the invoice could be listed (${visible})${since.en}.`,
      ),
      next: {
        text: t(
          `按开票日期 ${month.from} 至 ${month.to} 重新查询。`,
          `Query again from ${month.from} to ${month.to}.`,
        ),
        action: widen(ctx),
      },
    };
  }
  const month = monthOf(date);
  const ranges = rangesOf(groups);
  return {
    id: 'date-range',
    verdict: 'cause',
    title: t('查询日期范围不含开票日期', 'The query dates exclude the issue date'),
    evidence: t(
      `查询范围 ${ranges.zh} 不含开票日期 ${date}。`,
      `The ranges ${ranges.en} exclude the issue date ${date}.`,
    ),
    next: finalNext(ctx, timing, month),
  };
}

/**
 * What to do about a range that left the date out. Querying the right dates now finds nothing while the invoice
 * cannot be listed yet: then the step is the same query at the recheck time; for a future issue date (a wrong
 * record) it is checking the date.
 */
function finalNext(ctx: DiagnosisContext, timing: SyncTiming, month: { from: string; to: string }): Finding['next'] {
  if (timing.future) {
    return {
      text: t(
        `开票日期 ${ctx.expected.date} 晚于今天（${chinaIsoDate(ctx.now)}），请先核对登记的开票日期，再按正确日期所在月份查询。`,
        `The issue date ${ctx.expected.date} is after today (${chinaIsoDate(ctx.now)}); check the recorded date first, then query its month.`,
      ),
    };
  }
  if (ctx.now < timing.visibleAt) {
    const at = timing.recheckAt;
    const when = formatLocal(at, offsetOf(ctx));
    return {
      text: t(
        `把开票日期起止改为 ${month.from} 至 ${month.to}，${when} 后重新查询（在此之前这张发票还查不到）。`,
        `Query again from ${month.from} to ${month.to} after ${when} (the invoice cannot be listed before then).`,
      ),
      action: { kind: 'recheck-at', at },
    };
  }
  return {
    text: t(
      `把开票日期起止改为 ${month.from} 至 ${month.to} 后重新查询。`,
      `Query again from ${month.from} to ${month.to}.`,
    ),
    action: widen(ctx),
  };
}
