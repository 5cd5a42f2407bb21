// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Visibility } from '@/utils/reconcile/types';
import { anExpected } from '@/utils/reconcile/test-fixtures';
import type { ListRow } from '@/utils/status/types';
import { MonthStrip } from './MonthStrip';

function row(date: string, total: string, status: Visibility): ListRow {
  return { invoice: anExpected({ key: `${date}-${total}`, date, total }), status, headline: null };
}

const ROWS = [row('2024-04-03', '1234.50', 'visible'), row('2024-05-02', '100.00', 'visible-with-problem'), row('2024-05-20', '0.10', 'missing')];

let root: HTMLElement;
function mount(rows: ListRow[], onPickMonth = vi.fn(), lang: 'zh' | 'en' = 'zh') {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(h(MonthStrip, { rows, lang, onPickMonth }), root));
  return onPickMonth;
}
const months = () => [...root.querySelectorAll<HTMLButtonElement>('[data-testid=month]')];

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('MonthStrip', () => {
  it('has a focusable button per month with its counts and exact amounts', () => {
    mount(ROWS);
    expect(months().map((b) => [b.tagName, b.dataset.month, b.dataset.expected, b.dataset.visible, b.dataset.expectedAmount, b.dataset.visibleAmount])).toEqual([
      ['BUTTON', '2024-04', '1', '1', '1234.50', '1234.50'],
      ['BUTTON', '2024-05', '2', '1', '100.10', '100.00'],
    ]);
  });

  it.each([
    ['zh', '2024年4月：应收 1 张，¥1,234.50；已在电子税务局看到 1 张，¥1,234.50'],
    ['en', 'Apr 2024: 1 expected, ¥1,234.50; 1 visible on the portal, ¥1,234.50'],
  ] as const)('names each month for screen readers with both counts and amounts (%s)', (lang, label) => {
    mount(ROWS, vi.fn(), lang);
    expect(months()[0]?.getAttribute('aria-label')).toBe(label);
    expect(months()[0]?.textContent).toContain(lang === 'zh' ? '2024年4月' : 'Apr 2024');
  });

  it('picks the month’s first and last day', () => {
    const pick = mount(ROWS);
    act(() => months()[1]!.click());
    expect(pick).toHaveBeenCalledWith('2024-05-01', '2024-05-31');
  });

  it('draws bars by count, or by amount when asked', () => {
    mount(ROWS);
    const heights = () => months().map((b) => [b.style.getPropertyValue('--expected'), b.style.getPropertyValue('--visible')]);
    expect(heights()).toEqual([['0.5', '0.5'], ['1', '0.5']]);
    expect(months()[1]?.querySelector('.figures')?.textContent).toBe('1/2');
    const amount = root.querySelector<HTMLInputElement>('[data-testid=month-strip-measure][value=amount]')!;
    act(() => amount.click());
    expect(heights()[0]).toEqual(['1', '1']);
    expect(months()[0]?.querySelector('.figures')?.textContent).toBe('¥1,234.50¥1,234.50');
  });

  it('shows nothing without invoices', () => {
    mount([]);
    expect(root.querySelector('[data-testid=month-strip]')).toBeNull();
  });
});
