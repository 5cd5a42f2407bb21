import { dateFits } from '../../reconcile/scope-fit';
import { latestOkScope, offsetOf } from '../context';
import { formatLocal } from '../local-time';
import { RECENT_FAILURE_MS, signalFinding, type SignalSpec } from '../page-signals';
import { scopeFacts } from '../scope-facts';
import { describeScope, t } from '../text';
import type { DiagnosisContext, Finding, Text } from '../types';

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

/** Failed queries that could have listed the invoice, and that nothing succeeded after (or that are recent). */
function failedQueries(ctx: DiagnosisContext): Text[] {
  const okAt = latestOkScope(ctx)?.at ?? -Infinity;
  const off = offsetOf(ctx);
  return scopeFacts(ctx.scopes)
    .failed.filter(
      (s) => dateFits(s, ctx.expected.date) !== false && (s.at > okAt || ctx.now - s.at <= RECENT_FAILURE_MS),
    )
    .slice(0, 1)
    .map((s) => {
      const q = describeScope(s);
      const error = s.error ?? '';
      return t(
        `${formatLocal(s.at, off)} 查询 ${q.zh} 失败${error && `：${error}`}`,
        `at ${formatLocal(s.at, off)} query ${q.en} failed${error && `: ${error}`}`,
      );
    });
}

export function checkRequestFailed(ctx: DiagnosisContext): Finding {
  return signalFinding(ctx, SPEC, failedQueries(ctx));
}
