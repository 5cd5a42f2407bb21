import { typeName, USER_STATUS_NAMES, VERIFY_OUTCOME_NAMES } from '../../diagnose/labels';
import { joinTexts, t } from '../../diagnose/text';
import type { Text } from '../../diagnose/types';
import { UserStatus } from '../../invoice/annotation';
import { FIELD_NAMES } from '../../invoice/field-names';
import { VerifyOutcome, type Activity, type ActivityKind, type Verification } from '../../invoice/model';
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

/** Entries whose detail says the whole of it: the store's words (`none`, `removed`) are for the store. */
const WHOLE_STEP: Readonly<Partial<Record<ActivityKind, Readonly<Record<string, Text>>>>> = {
  ticket: { none: t('清除 12366 工单', 'cleared the 12366 ticket') },
  undone: { removed: t('撤销删除', 'undid the removal') },
};

const NOT_SET = t('未设置', 'Not set');
const EMPTY = t('（空）', '(empty)');
const same = (s: string) => t(s, s);

/** `number: 1 → 2; typeCode: 82 → 81` as the user reads it: `发票号码 1 → 2；票种 数电普票 → 数电专票`. */
function changesText(changes: string): Text {
  const parts = changes.split('; ').map((change) => {
    const m = /^(\w+): (.*) → (.*)$/.exec(change);
    const name = m ? FIELD_NAMES[m[1]!] : undefined;
    if (!m || !name) return same(change);
    const value = (v: string) => (v === '' ? EMPTY : m[1] === 'typeCode' ? typeName(v) : same(v));
    const [from, to] = [value(m[2]!), value(m[3]!)];
    return t(`${name.zh} ${from.zh} → ${to.zh}`, `${name.en} ${from.en} → ${to.en}`);
  });
  return joinTexts(parts, '；', '; ');
}

/** `GD-1 → 2026-12-01`: the ticket and its follow-up date. */
function ticketText(detail: string): Text {
  const [number = detail, followUp] = detail.split(' → ');
  return followUp ? t(`${number}（跟进日期 ${followUp}）`, `${number} (follow up on ${followUp})`) : same(number);
}

/** What the store wrote as a detail, in the user's words: names for codes and field ids. */
function detailText(kind: ActivityKind, detail: string): Text {
  switch (kind) {
    case 'verified': {
      const outcome = VerifyOutcome.safeParse(detail);
      return outcome.success ? VERIFY_OUTCOME_NAMES[outcome.data] : same(detail);
    }
    case 'user-status': {
      const status = UserStatus.safeParse(detail);
      return status.success ? USER_STATUS_NAMES[status.data] : detail === 'none' ? NOT_SET : same(detail);
    }
    case 'ticket':
      return ticketText(detail);
    case 'fixed':
      return changesText(detail);
    case 'restored': {
      // `source: changes`: the file the values came from, then what changed.
      const at = detail.indexOf(': ');
      if (at < 0) return same(detail);
      const changes = changesText(detail.slice(at + 2));
      const source = detail.slice(0, at);
      return t(`${source}（${changes.zh}）`, `${source} (${changes.en})`);
    }
    default:
      return same(detail);
  }
}

/** One history entry as the report, the detail panel and the activity log show it. */
export function activityText(a: Activity): Text {
  const what = ACTIVITY_TEXT[a.kind];
  if (!a.detail) return what;
  const whole = WHOLE_STEP[a.kind]?.[a.detail];
  if (whole) return whole;
  const detail = detailText(a.kind, a.detail);
  return t(`${what.zh}：${detail.zh}`, `${what.en}: ${detail.en}`);
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
  const steps = [...activity.map((a) => ({ at: a.at, text: activityText(a) })), ...queries.map(queryStep)];
  if (verification && !activity.some((a) => a.kind === 'verified')) {
    const o = outcomeText(verification);
    steps.push({ at: verification.at, text: t(`在查验平台查验：${o.zh}`, `verified on the national platform: ${o.en}`) });
  }
  return steps.sort((a, b) => a.at - b.at);
}
