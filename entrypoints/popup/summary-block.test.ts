// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { Finding, NextAction } from '@/utils/diagnose/types';
import type { CauseGroup, PopupSummary } from '@/utils/report/popup-summary';
import type { UiLanguage } from '@/utils/ui-text';
import { SummaryBlock } from './SummaryBlock';

const FINDING: Finding = { id: 'date-range', verdict: 'cause', title: { zh: '查询日期不含', en: 'Dates left out' }, evidence: { zh: '', en: '' } };
const group = (action: NextAction): CauseGroup => ({ check: 'date-range', keys: ['k1', 'k2'], action, finding: FINDING });
const COUNTS = { expected: 9, visible: 4, problem: 1, missing: 3, notSearched: 1 };

function drawn(groups: CauseGroup[], lang: UiLanguage): { summary: string; groups: string[] } {
  const summary: PopupSummary = { counts: COUNTS, account: null, groups };
  const root = document.createElement('div');
  act(() => render(h(SummaryBlock, { summary, lang }), root));
  const text = {
    summary: root.querySelector('[data-testid=popup-summary]')?.textContent ?? '',
    groups: [...root.querySelectorAll('[data-testid=cause-group]')].map((g) => g.textContent ?? ''),
  };
  act(() => render(null, root));
  return text;
}

describe('SummaryBlock', () => {
  it.each([
    ['zh', '应收 9 张：已看到 4，有问题 1，未看到 3，待查询 1'],
    ['en', '9 expected: 4 visible, 1 with a problem, 3 not visible, 1 not searched'],
  ] as const)('counts every invoice by status (%s)', (lang, text) => {
    expect(drawn([], lang).summary).toBe(text);
  });

  it.each<[string, NextAction, string, string]>([
    [
      'one query in a known direction',
      { kind: 'widen-query', dateFrom: '2024-04-01', dateTo: '2024-05-31', direction: 'issued' },
      '查询日期不含 2 张发票：开票日期 2024-04-01 至 2024-05-31（开具发票），查一次',
      'Dates left out 2 invoices: one query, issued, issue dates 2024-04-01 to 2024-05-31',
    ],
    [
      'one query in either direction, open-ended',
      { kind: 'widen-query', dateFrom: '2024-04-01' },
      '查询日期不含 2 张发票：开票日期 2024-04-01 至 …，查一次',
      'Dates left out 2 invoices: one query, issue dates 2024-04-01 to …',
    ],
    [
      'a query again later',
      { kind: 'recheck-at', at: Date.UTC(2024, 5, 1, 0) },
      '查询日期不含 2 张发票：2024-06-01 08:00 后再查一次',
      'Dates left out 2 invoices: query again after 2024-06-01 08:00',
    ],
  ])('says the one action for a group: %s', (_, action, zh, en) => {
    expect(drawn([group(action)], 'zh').groups).toEqual([zh]);
    expect(drawn([group(action)], 'en').groups).toEqual([en]);
  });

  it('leaves out a group whose action it does not spell out', () => {
    expect(drawn([group({ kind: 'open-url', url: 'https://example.test/' })], 'zh').groups).toEqual([]);
  });
});
