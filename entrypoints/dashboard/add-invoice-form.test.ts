// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { problem } from '@/utils/invoice/problem';
import { sendMessage } from '@/utils/send-message';
import { AddInvoiceForm } from './AddInvoiceForm';

vi.mock('@/utils/send-message', async (actual) => ({ ...(await actual<object>()), sendMessage: vi.fn() }));

let root: HTMLElement;
beforeEach(() => {
  vi.resetAllMocks();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

it('shows every problem under the field it concerns, all at once, and focuses the first of those fields', async () => {
  vi.mocked(sendMessage).mockResolvedValue({
    ok: false,
    problems: [
      problem('date-invalid', 'date', '日期不对', 'bad date'),
      problem('number-length', 'number', '号码位数不对', 'bad number'),
      problem('number-year-mismatch', 'number', '年份不符', 'year'),
      problem('input-shape', 'input', '格式不正确', 'malformed'),
    ],
  });
  act(() => render(h(AddInvoiceForm, { lang: 'zh', onAdded: vi.fn() }), root));
  await act(() => root.querySelector<HTMLButtonElement>('[data-testid=add-submit]')!.click());
  await vi.waitFor(() => expect(root.querySelectorAll('[data-testid=field-error]')).toHaveLength(2));
  const under = (testId: string) =>
    [...root.querySelector(`[data-testid=${testId}]`)!.parentElement!.querySelectorAll('[data-testid=add-error]')].map((e) => e.getAttribute('data-code'));
  expect(under('add-number')).toEqual(['number-length', 'number-year-mismatch']);
  expect(under('add-date')).toEqual(['date-invalid']);
  expect(under('add-total')).toEqual([]);
  // What concerns no single field is said once for the form, with the same hook.
  expect(root.querySelector('.problems [data-testid=add-error]')?.getAttribute('data-code')).toBe('input-shape');
  expect(document.activeElement?.getAttribute('data-testid')).toBe('add-number');
  expect(root.querySelector('[data-testid=add-date]')!.getAttribute('aria-invalid')).toBe('true');
});
