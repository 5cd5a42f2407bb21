// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { problem } from '@/utils/invoice/problem';
import { aRow } from '@/utils/list/test-rows';
import type { ListRow } from '@/utils/messages';
import { sendMessage } from '@/utils/send-message';
import { InvoiceList } from './InvoiceList';

vi.mock('@/utils/send-message', async (actual) => ({ ...(await actual<object>()), sendMessage: vi.fn() }));
vi.mock('@/components/ReportLink', () => ({ hasReport: () => false, ReportLink: () => null }));
vi.mock('../OriginalLink', () => ({ OriginalLink: () => null }));

const send = vi.mocked(sendMessage);
const onChanged = vi.fn();
const onError = vi.fn();
const onOpen = vi.fn();
let root: HTMLElement;

function draw(rows: ListRow[]): void {
  act(() =>
    render(h(InvoiceList, { rows, total: rows.length, viewKey: '', originals: new Set<string>(), openKey: null, lang: 'zh', onOpen, onChanged, onError }), root),
  );
}

const hook = (id: string, within: ParentNode = root) => within.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const rowOf = (key: string) => root.querySelector<HTMLElement>(`[data-testid=invoice-row][data-key="${key}"]`)!;
const input = (field: string) => root.querySelector<HTMLInputElement>(`[data-testid=edit-input][data-field=${field}]`)!;

async function type(field: string, value: string): Promise<void> {
  await act(() => {
    const el = input(field);
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function click(el: HTMLElement | null): Promise<void> {
  expect(el).not.toBeNull();
  await act(() => el!.click());
}

const ROW = aRow(1, 'missing', { total: '1130.00', sellerName: '北京甲公司' });
const KEY = ROW.invoice.key;

beforeEach(() => {
  vi.resetAllMocks();
  root = document.createElement('div');
  document.body.append(root);
  vi.stubGlobal('confirm', () => {
    throw new Error('no confirm() dialog any more');
  });
});

afterEach(() => {
  act(() => render(null, root));
  root.remove();
  vi.unstubAllGlobals();
});

describe('edit in place', () => {
  it('sends only the changed fields, shows every problem under its own field at once, and keeps the form open', async () => {
    send.mockResolvedValue({ ok: false, problems: [problem('date-invalid', 'date', '日期不对', 'bad date'), problem('total-invalid', 'total', '金额不对', 'bad total')] });
    draw([ROW]);
    await click(hook('edit', rowOf(KEY)));
    await type('date', '2024-02-30');
    await type('total', 'abc');
    await click(hook('edit-save'));
    expect(send).toHaveBeenCalledWith({ type: 'expected:edit', key: KEY, fields: { date: '2024-02-30', total: 'abc' } });
    await vi.waitFor(() => expect(root.querySelectorAll('[data-testid=field-error]')).toHaveLength(2));
    const under = (field: string) => input(field).parentElement!.querySelector('[data-testid=field-error]')?.textContent;
    expect([under('date'), under('total'), under('number')]).toEqual(['日期不对', '金额不对', undefined]);
    expect(input('date').getAttribute('aria-invalid')).toBe('true');
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('on success says so, with any warning, and 撤销 sends the undo the background gave', async () => {
    const undo = { key: KEY, fields: { total: '1130.00' } };
    const later = problem('seller-tax-id-checksum', 'sellerTaxId', '销方税号校验位不符', 'checksum');
    send.mockResolvedValueOnce({ ok: true, invoice: { ...ROW.invoice, total: '1230.00' }, warnings: [later], undo });
    draw([ROW]);
    await click(hook('edit', rowOf(KEY)));
    await type('total', '1230.00');
    await click(hook('edit-save'));
    await vi.waitFor(() => expect(hook('toast')?.textContent).toContain(`已保存 ${KEY}；销方税号校验位不符`));
    expect(hook('edit-save')).toBeNull();
    expect(onChanged).toHaveBeenCalledOnce();

    send.mockResolvedValueOnce({ ok: true, invoice: ROW.invoice, warnings: [], undo: { key: KEY, fields: { total: '1230.00' } } });
    await click(hook('undo', hook('toast')!));
    expect(send).toHaveBeenLastCalledWith({ type: 'expected:edit', ...undo });
    await vi.waitFor(() => expect(hook('toast')?.textContent).toContain('已撤销'));
    expect(hook('undo', hook('toast')!)).toBeNull();
  });

  it('saves nothing when nothing changed', async () => {
    draw([ROW]);
    await click(hook('edit', rowOf(KEY)));
    await type('note', '  ');
    await click(hook('edit-save'));
    expect(send).not.toHaveBeenCalled();
    expect(hook('edit-save')).toBeNull();
  });
});

describe('remove', () => {
  it('removes at once, and 撤销 puts the invoice back', async () => {
    send.mockResolvedValueOnce({ ok: true, undoable: true });
    draw([ROW]);
    await click(hook('remove', rowOf(KEY)));
    expect(send).toHaveBeenCalledWith({ type: 'expected:remove', key: KEY });
    await vi.waitFor(() => expect(hook('toast')?.textContent).toContain(`已删除 ${KEY}`));

    send.mockResolvedValueOnce({ ok: true, invoice: ROW.invoice, warnings: [] });
    await click(hook('undo', hook('toast')!));
    expect(send).toHaveBeenLastCalledWith({ type: 'expected:undo-remove', key: KEY });
    await vi.waitFor(() => expect(hook('toast')?.textContent).toContain(`已恢复 ${KEY}`));
    expect(onChanged).toHaveBeenCalledTimes(2);
  });

  it('offers no 撤销 when the background kept nothing to undo, and shows a refusal', async () => {
    send.mockResolvedValueOnce({ ok: true, undoable: false });
    draw([ROW]);
    await click(hook('remove', rowOf(KEY)));
    await vi.waitFor(() => expect(hook('toast')).not.toBeNull());
    expect(hook('undo')).toBeNull();

    const refused = { ok: false as const, problems: [problem('unknown-key', 'key', '清单中没有', 'not in the list')] };
    send.mockResolvedValueOnce(refused);
    await click(hook('remove', rowOf(KEY)));
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(refused.problems));
  });
});

describe('the list', () => {
  it('says whether it is empty or a filter hides every row', () => {
    act(() => render(h(InvoiceList, { rows: [], total: 0, viewKey: '', originals: new Set<string>(), openKey: null, lang: 'zh', onOpen, onChanged, onError }), root));
    expect(hook('list-empty')).not.toBeNull();
    act(() => render(h(InvoiceList, { rows: [], total: 3, viewKey: 'x', originals: new Set<string>(), openKey: null, lang: 'zh', onOpen, onChanged, onError }), root));
    expect(hook('list-filtered-empty')).not.toBeNull();
  });

  it('draws a window of a long list, sorts by a header, and sets aria-sort', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => aRow(i, 'missing', { total: `${1000 - i}.00` }));
    draw(rows);
    expect(root.querySelectorAll('[data-testid=invoice-row]').length).toBeLessThan(50);
    await click(hook('sort-total'));
    expect(hook('sort-total')!.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    expect(root.querySelector('[data-testid=invoice-row] td.num')!.textContent).toBe('1.00');
  });

  it('Enter on a row opens its detail', async () => {
    draw([ROW]);
    await act(() => {
      rowOf(KEY).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(onOpen).toHaveBeenCalledWith(KEY);
  });
});
