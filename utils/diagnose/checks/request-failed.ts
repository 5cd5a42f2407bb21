import type { PageSignal, QueryScope } from '../../invoice/model';
import { groupCouldCover } from '../../reconcile/coverage';
import { possibleTypeCodes } from '../../reconcile/invoice-types';
import { countsAsCoverage, queryGroups } from '../../reconcile/query-groups';
import {
  admitsNormalStatus,
  admitsSomeType,
  dateFits,
  directionFits,
  expectedDirection,
} from '../../reconcile/scope-fit';
import { currentTaxId, offsetOf } from '../context';
import { formatLocal } from '../local-time';
import { signalFinding, type SignalSpec } from '../page-signals';
import { scopeFacts } from '../scope-facts';
import { syncTiming } from '../sync-timing';
import { plural, describeScope, t } from '../text';
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
const SAME_FAILURE_MS = 5_000;

/** Per-snapshot work, independent of the invoice: computed once per scopes array and signals array. */
interface FailureFacts {
  /** Failed invoice-list queries (the 勾选 list never shows absence). */
  failedCount: number;
  /** request-failed page messages that are not a recorded failed call's own error, latest first. */
  signals: PageSignal[];
  saidCount: number;
}

const memo = new WeakMap<readonly QueryScope[], WeakMap<readonly PageSignal[], FailureFacts>>();

function failureFacts(scopes: readonly QueryScope[], allSignals: readonly PageSignal[]): FailureFacts {
  let bySignals = memo.get(scopes);
  if (!bySignals) memo.set(scopes, (bySignals = new WeakMap()));
  const hit = bySignals.get(allSignals);
  if (hit) return hit;
  const facts = scopeFacts(scopes);
  // facts.failed is latest first; ascending times let each message find its call by binary search.
  const failedAt = facts.failed.map((f) => f.at).sort((a, b) => a - b);
  // The page shows a failed call's error message just after its answer: that message is the recorded failure's,
  // judged with the query it belongs to (a March query's 系统繁忙 says nothing about May).
  const ofRecordedFailure = (s: PageSignal): boolean => {
    let lo = 0;
    let hi = failedAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (failedAt[mid]! <= s.at) lo = mid + 1;
      else hi = mid;
    }
    // failedAt[lo - 1] is the latest failure at or before the message.
    return lo > 0 && s.at - failedAt[lo - 1]! <= SAME_FAILURE_MS;
  };
  const said = allSignals.filter((s) => s.kind === 'request-failed');
  const result: FailureFacts = {
    failedCount: facts.failed.filter(countsAsCoverage).length,
    signals: said.filter((s) => !ofRecordedFailure(s)).sort((a, b) => b.at - a.at),
    saidCount: said.length,
  };
  bySignals.set(allSignals, result);
  return result;
}

/** Whether a failed query, had it answered, could have listed the invoice: the tests of groupCouldCover but time. */
function failureCouldCover(
  f: QueryScope,
  inv: DiagnosisContext['expected'],
  types: readonly string[] | null,
  taxId: string | null,
): boolean {
  const wanted = expectedDirection(inv, f.taxpayerId ?? taxId);
  return (
    wanted !== null &&
    directionFits(f, wanted) !== false &&
    dateFits(f, inv.date) !== false &&
    admitsNormalStatus(f) &&
    admitsSomeType(f, types)
  );
}

/**
 * Failures that may have hidden the invoice, latest first. A failure counts only when
 * - it ran once the portal could list the invoice (syncTiming.visibleAt): had an earlier call succeeded, it would
 *   not have shown the invoice either;
 * - for a failed query (a scope with ok:false, from the invoice lists; the 勾选 list never shows absence): had it
 *   answered, it could have listed the invoice (taxpayer and direction, dates, status and type filters, as
 *   reconcile's coverage judges a successful one), and no later successful read of the same query and page
 *   replaced it;
 * - no later successful query could have listed the invoice (reconcile's coverage): then whatever failed before is
 *   not why it is missing. This is also the only test for a failure message the page showed, which names no query,
 *   unless it came right after a recorded failed call (SAME_FAILURE_MS) and so is that call's.
 * Per invoice the latest covering query is found once; each failure is then one comparison with its time.
 */
function relevantFailures(ctx: DiagnosisContext): { scopes: QueryScope[]; signals: PageSignal[]; ignored: number } {
  const inv = ctx.expected;
  const { visibleAt } = syncTiming(ctx);
  const types = possibleTypeCodes(inv);
  let lastCoverAt = -Infinity;
  for (const g of queryGroups(ctx.scopes)) {
    if (g.scope.at > lastCoverAt && groupCouldCover(g, inv, types, visibleAt)) lastCoverAt = g.scope.at;
  }
  const live = (at: number) => at >= visibleAt && at >= lastCoverAt;
  const per = failureFacts(ctx.scopes, ctx.signals);
  const taxId = currentTaxId(ctx);
  // Replacement by a later read of the same query and page is judged once per snapshot (scopeFacts).
  const scopes = scopeFacts(ctx.scopes).failedNotRetried.filter(
    (f) => live(f.at) && failureCouldCover(f, inv, types, taxId),
  );
  const signals = per.signals.filter((s) => live(s.at));
  return { scopes, signals, ignored: per.failedCount - scopes.length + per.saidCount - signals.length };
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
      `${plural(ignored, 'failed query or request', 'failed queries or requests')} ${ignored === 1 ? 'was' : 'were'} recorded, but ${ignored === 1 ? 'it' : 'each'} either did not cover the issue date ${ctx.expected.date}, ran before the invoice could be listed, or was followed by a successful query.`,
    ),
  };
}
