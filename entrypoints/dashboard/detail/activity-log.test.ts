// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { aScope, NUMBER, T0 } from '@/utils/reconcile/test-fixtures';
import type { TimelineEvent } from '@/utils/timeline/invoice-timeline';
import type { UiLanguage } from '@/utils/ui-text';
import { ActivityLog } from './ActivityLog';

/** What the log shows for these events, read from a panel drawn and taken down again. */
function drawn(events: TimelineEvent[], lang: UiLanguage, selector: string): string | null | undefined {
  const root = document.createElement('div');
  act(() => render(h(ActivityLog, { events, lang, headingId: 'h' }), root));
  const text = root.querySelector(selector)?.textContent;
  act(() => render(null, root));
  return text;
}
const lineOf = (event: TimelineEvent, lang: UiLanguage) => drawn([event], lang, '[data-testid=activity-item] .what');

const MAY = aScope();

describe('ActivityLog', () => {
  it.each<[string, TimelineEvent, string, string]>([
    [
      'a history entry, in the report’s words',
      { type: 'activity', at: T0, activity: { id: 'a', key: NUMBER, at: T0, kind: 'user-status', detail: 'pending' } },
      '设置处理状态：待处理',
      'set the handling status: Pending',
    ],
    [
      'a 查验 result the history does not hold',
      { type: 'verification', at: T0, verification: { key: NUMBER, outcome: 'not-found', at: T0 } },
      '在查验平台查验：查无此票',
      'verified on the national platform: not found',
    ],
    ['a sighting by a query no longer kept', { type: 'sighting', at: T0, scope: null }, '在电子税务局看到这张发票', 'seen in the portal'],
    ['a sighting in the 勾选 list', { type: 'sighting', at: T0, scope: aScope({ call: 'deduction-list' }) }, '在勾选列表看到这张发票', 'seen in the 勾选 list'],
    [
      'a query that listed it',
      { type: 'query', at: T0, scope: MAY, seen: 'seen' },
      '查询 取得发票 2024-05-01 至 2024-05-31：列出了这张发票',
      'query received 2024-05-01 to 2024-05-31: listed this invoice',
    ],
    [
      'an imported export that may have listed it',
      { type: 'query', at: T0, scope: aScope({ call: 'export' }), seen: 'unknown' },
      '查询 导出文件（取得发票 2024-05-01 至 2024-05-31）：不确定是否列出（只保留最近一次看到的记录）',
      'query an export file (received 2024-05-01 to 2024-05-31): unknown whether it listed it (only the latest sighting is kept)',
    ],
  ])('says %s in either language', (_, event, zh, en) => {
    expect(lineOf(event, 'zh')).toBe(zh);
    expect(lineOf(event, 'en')).toBe(en);
  });

  it('says so when nothing is recorded', () => {
    expect(drawn([], 'zh', '[data-testid=activity-empty]')).toBe('还没有记录。');
  });
});
