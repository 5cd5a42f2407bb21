import { t } from '../../diagnose/text';
import type { Text } from '../../diagnose/types';
import { VerifyOutcome, type Activity, type ActivityKind, type Verification } from '../../invoice/model';
import { VERIFY_OUTCOME_NAMES } from '../../diagnose/labels';
import { outcomeText } from './report-verification';
import type { ReportQuery, ReportStep } from './report-types';

const ACTIVITY_TEXT: Readonly<Record<ActivityKind, Text>> = {
  added: t('登记应收发票', 'registered the expected invoice'),
  imported: t('从文件导入', 'imported from a file'),
  fixed: t('更正登记信息', 'corrected the record'),
  verified: t('记录查验结果', 'recorded a 查验 result'),
  restored: t('从记录文件恢复', 'values taken from a record file'),
  checked: t('运行检查', 'ran the checks'),
  noted: t('写备注', 'wrote a note'),
  'user-status': t('设置处理状态', 'set the handling status'),
  ticket: t('登记 12366 工单', 'recorded a 12366 ticket'),
  removed: t('从清单删除', 'removed from the list'),
  undone: t('撤销上一步', 'undid the last change'),
};

/** The store records a 查验 by its outcome code; the user reads its name. */
function detailText(a: Activity): Text | null {
  if (!a.detail) return null;
  const outcome = VerifyOutcome.safeParse(a.detail);
  return a.kind === 'verified' && outcome.success ? VERIFY_OUTCOME_NAMES[outcome.data] : t(a.detail, a.detail);
}

function activityStep(a: Activity): ReportStep {
  const what = ACTIVITY_TEXT[a.kind];
  const detail = detailText(a);
  return { at: a.at, text: detail ? t(`${what.zh}：${detail.zh}`, `${what.en}: ${detail.en}`) : what };
}

function queryStep(q: ReportQuery): ReportStep {
  return {
    at: q.at,
    text: t(`在${q.where.zh}查询：${q.what.zh}（${q.rows.zh}）`, `queried ${q.where.en}: ${q.what.en} (${q.rows.en})`),
  };
}

/**
 * What was already done about the invoice, oldest first: its history, the queries and the 查验. A 查验 result the
 * history already records (kind `verified`) is not listed twice.
 */
export function stepsTried(activity: readonly Activity[], queries: readonly ReportQuery[], verification: Verification | null): ReportStep[] {
  const steps = [...activity.map(activityStep), ...queries.map(queryStep)];
  if (verification && !activity.some((a) => a.kind === 'verified')) {
    const o = outcomeText(verification);
    steps.push({ at: verification.at, text: t(`在查验平台查验：${o.zh}`, `verified on the national platform: ${o.en}`) });
  }
  return steps.sort((a, b) => a.at - b.at);
}
