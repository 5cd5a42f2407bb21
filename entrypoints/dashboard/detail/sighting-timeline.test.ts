// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { aScope, T0 } from '@/utils/reconcile/test-fixtures';
import type { QuerySeen, TimelineEvent } from '@/utils/timeline/invoice-timeline';
import type { UiLanguage } from '@/utils/ui-text';
import { SightingTimeline } from './SightingTimeline';

const query = (seen: QuerySeen, hour: number): TimelineEvent => ({ type: 'query', at: T0 + hour * 3_600_000, scope: aScope(), seen });

/** The text alternative of the picture, or the words shown instead of it. */
function described(events: TimelineEvent[], lang: UiLanguage): string | null | undefined {
  const root = document.createElement('div');
  act(() => render(h(SightingTimeline, { events, lang }), root));
  const text = root.querySelector('[role=img]')?.getAttribute('aria-label') ?? root.textContent;
  act(() => render(null, root));
  return text;
}

describe('SightingTimeline', () => {
  it.each<[string, TimelineEvent[], string, string]>([
    ['one query', [query('seen', 0)], '1 次查询：1 次列出，0 次未列出', '1 query: 1 listed it, 0 did not'],
    [
      'queries some of which may have listed it',
      [query('unknown', 0), query('not-seen', 1), query('seen', 2)],
      '3 次查询：1 次列出，1 次未列出，1 次不确定',
      '3 queries: 1 listed it, 1 did not, 1 unknown',
    ],
    ['no query at all', [], '还没有能列出这张发票的查询。', 'No query that could list this invoice yet.'],
  ])('describes %s for those who cannot see the picture', (_, events, zh, en) => {
    expect(described(events, 'zh')).toBe(zh);
    expect(described(events, 'en')).toBe(en);
  });
});
