import type { PageSignal, QueryScope } from '../../invoice/model';
import { groupCouldCover } from '../../reconcile/coverage';
import { possibleTypeCodes } from '../../reconcile/invoice-types';
import { countsAsCoverage, queryGroups } from '../../reconcile/query-groups';
import { dateFits } from '../../reconcile/scope-fit';
import { offsetOf } from '../context';
import { formatLocal } from '../local-time';
import { signalFinding, type SignalSpec } from '../page-signals';
import { scopeFacts } from '../scope-facts';
import { syncTiming } from '../sync-timing';
import { describeScope, t } from '../text';
import type { DiagnosisContext, Finding } from '../types';

const SPEC: SignalSpec = {
  id: 'request-failed',
  kind: 'request-failed',
  title: t('查询请求', 'Query requests'),
  causeTitle: t('查询请求失败', 'A query request failed'),
  next: t(
    '重新查询；反复失败时换个时间或减小日期范围。',
    'Query again; if it keeps failing, try later or with a shorter date range.',
  ),
};

/** A page message this soon after a recorded failed call is that call's error shown on the page. */
export const SAME_FAILURE_MS = 5_000;

/**
 * Failures that may have hidden the invoice, latest first. A failure counts only when
 * - it ran once the portal could list the invoice (syncTiming.visibleAt): had an earlier call succeeded, it would
 *   not have shown the invoice either;
 * - for a failed query (a scope with ok:false, from the invoice lists; the 勾选 list never shows absence): its date
 *   range fits the issue date or is unknown, and no later successful read of the same query and page replaced it;
 * - no later successful query could have listed the invoice (reconcile's coverage): then whatever failed before is
 *   not why it is missing. This is also the only test for a failure message the page showed, which names no query,
 *   unless it came right after a recorded failed call (SAME_FAILURE_MS) and so is that call's.
 */
function relevantFailures(ctx: DiagnosisContext): { scopes: QueryScope[]; signals: PageSignal[]; ignored: number } {
  const inv = ctx.expected;
  const { visibleAt } = syncTiming(ctx);
  const types = possibleTypeCodes(inv);
  const groups = queryGroups(ctx.scopes);
  const coveredAfter = (at: number) =>
    groups.some((g) => g.scope.at > at && groupCouldCover(g, inv, types, visibleAt));
  const facts = scopeFacts(ctx.scopes);
  const failed = facts.failed.filter(countsAsCoverage);
  // Replacement by a later read of the same query and page is judged once per snapshot (scopeFacts).
  const scopes = facts.failedNotRetried.filter(
    (f) => f.at >= visibleAt && dateFits(f, inv.date) !== false && !coveredAfter(f.at),
  );
  const said = ctx.signals.filter((s) => s.kind === 'request-failed');
  // The page shows a failed call's error message just after its answer: that message is the recorded failure's,
  // judged above with the query it belongs to (a March query's 系统繁忙 says nothing about May).
  const ofRecordedFailure = (s: PageSignal) =>
    facts.failed.some((f) => f.at <= s.at && s.at - f.at <= SAME_FAILURE_MS);
  const signals = said
    .filter((s) => s.at >= visibleAt && !coveredAfter(s.at) && !ofRecordedFailure(s))
    .sort((a, b) => b.at - a.at);
  return { scopes, signals, ignored: failed.length - scopes.length + said.length - signals.length };
}

export function checkRequestFailed(ctx: DiagnosisContext): Finding {
  const off = offsetOf(ctx);
  const { scopes, signals, ignored } = relevantFailures(ctx);
  const queries = scopes.slice(0, 1).map((s) => {
    const q = describeScope(s);
    const error = s.error ?? '';
    return t(
      `${formatLocal(s.at, off)} 查询 ${q.zh} 失败${error && `：${error}`}`,
      `at ${formatLocal(s.at, off)} query ${q.en} failed${error && `: ${error}`}`,
    );
  });
  const finding = signalFinding(ctx, SPEC, queries, signals);
  if (finding.verdict !== 'ok' || ignored === 0 || ctx.result.exact) return finding;
  return {
    ...finding,
    evidence: t(
      `记录到 ${ignored} 次失败的查询或请求，但它们或不涉及开票日期 ${ctx.expected.date}，或早于这张发票可查到的时间，或之后已重新查询成功。`,
      `${ignored} failed queries or requests were recorded, but each either did not cover the issue date ${ctx.expected.date}, ran before the invoice could be listed, or was followed by a successful query.`,
    ),
  };
}
