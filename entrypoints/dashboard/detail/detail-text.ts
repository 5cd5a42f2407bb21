import { describeScope, plural, t } from '@/utils/diagnose/text';
import type { Text } from '@/utils/diagnose/types';
import { stepsTried } from '@/utils/export/report/report-steps';
import type { UserStatus } from '@/utils/invoice/annotation';
import type { QueryScope } from '@/utils/invoice/model';
import type { QuerySeen, TimelineEvent } from '@/utils/timeline/invoice-timeline';

// The detail panel's words; the timeline's history entries take the report's own (report-steps.ts).

export const DETAIL_TEXT = {
  title: t('发票详情', 'Invoice details'),
  close: t('关闭', 'Close'),
  loading: t('正在读取…', 'Loading…'),
  notFound: t('清单中没有这张发票，可能已被删除。', 'This invoice is not in the list; it may have been removed.'),
  loadFailed: (why: string) => t(`读取这张发票失败：${why}`, `Could not read this invoice: ${why}`),
  annotationHeading: t('备注与处理', 'Notes and handling'),
  note: t('备注', 'Note'),
  userStatus: t('处理状态', 'Handling status'),
  ticket: t('12366 工单号', '12366 ticket number'),
  followUp: t('跟进日期', 'Follow up on'),
  followUpHint: t('填了工单号才能填跟进日期；到期提醒。', 'Needs a ticket number; you are reminded that day.'),
  save: t('保存', 'Save'),
  saving: t('正在保存…', 'Saving…'),
  saved: t('已保存', 'Saved'),
  discard: t('有未保存的修改，关闭并放弃？', 'Close and discard the changes not saved?'),
  activityHeading: t('处理记录', 'Activity'),
  activityEmpty: t('还没有记录。', 'Nothing recorded yet.'),
  timelineHeading: t('在税务局的查询', 'Queries on the portal'),
  timelineEmpty: t('还没有能列出这张发票的查询。', 'No query that could list this invoice yet.'),
} as const;

export const USER_STATUS_NAMES: Readonly<Record<UserStatus | '', Text>> = {
  '': t('未设置', 'Not set'),
  pending: t('待处理', 'Pending'),
  confirmed: t('已确认', 'Confirmed'),
  void: t('作废', 'Void'),
};

export const FORM_PROBLEMS = {
  'follow-up-without-ticket': t('跟进日期需要先填 12366 工单号。', 'A follow-up date needs a 12366 ticket number.'),
  'follow-up-date': t('跟进日期应为 YYYY-MM-DD。', 'The follow-up date must be YYYY-MM-DD.'),
} as const satisfies Record<string, Text>;

export const SEEN_NAMES: Readonly<Record<QuerySeen, Text>> = {
  seen: t('列出了这张发票', 'listed this invoice'),
  'not-seen': t('结果中没有这张发票', 'did not list this invoice'),
  unknown: t('不确定是否列出（只保留最近一次看到的记录）', 'unknown whether it listed it (only the latest sighting is kept)'),
};

/** The 勾选 list and imported export files are named; a query of the invoice list is told by its conditions. */
function sourceOf(scope: QueryScope | null): Text {
  if (!scope) return t('税务局', 'the portal');
  if (scope.call === 'deduction-list') return t('勾选列表', 'the 勾选 list');
  const what = describeScope(scope);
  return scope.call === 'export' ? t(`导出文件（${what.zh}）`, `an export file (${what.en})`) : what;
}

/** One line of the activity log. */
export function eventText(e: TimelineEvent): Text {
  switch (e.type) {
    case 'activity':
      return stepsTried([e.activity], [], null)[0]!.text;
    case 'verification':
      return stepsTried([], [], e.verification)[0]!.text;
    case 'sighting': {
      const where = sourceOf(e.scope);
      return t(`在${where.zh}看到这张发票`, `seen in ${where.en}`);
    }
    case 'query': {
      const what = sourceOf(e.scope);
      const seen = SEEN_NAMES[e.seen];
      return t(`查询 ${what.zh}：${seen.zh}`, `query ${what.en}: ${seen.en}`);
    }
  }
}

/** What the sightings picture shows, for those who cannot see it. */
export function timelineSummary(seen: Readonly<Record<QuerySeen, number>>): Text {
  const total = seen.seen + seen['not-seen'] + seen.unknown;
  return t(
    `${total} 次查询：${seen.seen} 次列出，${seen['not-seen']} 次未列出${seen.unknown ? `，${seen.unknown} 次不确定` : ''}`,
    `${plural(total, 'query', 'queries')}: ${seen.seen} listed it, ${seen['not-seen']} did not${seen.unknown ? `, ${seen.unknown} unknown` : ''}`,
  );
}
