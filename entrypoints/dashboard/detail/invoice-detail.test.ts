// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '@/utils/invoice/annotation';
import { aScope, aSighting, anExpected, NUMBER, T0 } from '@/utils/reconcile/test-fixtures';
import { sendMessage } from '@/utils/send-message';
import { invoiceTimeline } from '@/utils/timeline/invoice-timeline';
import { InvoiceDetail } from './InvoiceDetail';
import { loadDetail, type InvoiceDetailData } from './load-detail';

vi.mock('./load-detail', () => ({ loadDetail: vi.fn() }));
vi.mock('@/utils/send-message', async (actual) => ({ ...(await actual<object>()), sendMessage: vi.fn() }));

const load = vi.mocked(loadDetail);
const send = vi.mocked(sendMessage);

const ANNOTATION: Annotation = { key: NUMBER, note: '供应商说已开', userStatus: 'pending', ticket: null, updatedAt: T0 };

function detailData(annotation: Annotation | null = ANNOTATION): InvoiceDetailData {
  const invoice = anExpected({ sellerName: '北京示例科技有限公司' });
  const later = aScope({ id: 'q2', at: T0 + 3_600_000, pageSize: 100 });
  return {
    invoice,
    annotation,
    timeline: invoiceTimeline({
      invoice,
      activity: [{ id: 'a', key: NUMBER, at: T0 - 60_000, kind: 'imported', detail: '发票.ofd' }],
      scopes: [aScope(), later],
      sighting: aSighting(),
      verification: null,
    }),
  };
}

let root: HTMLElement;
const onChanged = vi.fn();
const onClose = vi.fn();

async function open(data: InvoiceDetailData | null = detailData()): Promise<void> {
  load.mockResolvedValue(data);
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(h(InvoiceDetail, { invoiceKey: NUMBER, lang: 'zh', onChanged, onClose }), root));
  await vi.waitFor(() => expect(root.querySelector('[data-testid=detail-facts],[data-testid=detail-error]')).not.toBeNull());
}

const hook = <T extends Element = HTMLElement>(id: string) => root.querySelector<T>(`[data-testid="${id}"]`);
const hooks = (id: string) => [...root.querySelectorAll(`[data-testid="${id}"]`)];

function type(id: string, value: string): void {
  const el = hook<HTMLInputElement>(id)!;
  el.value = value;
  act(() => {
    el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  });
}

async function save(): Promise<void> {
  await act(async () => hook<HTMLButtonElement>('detail-save')!.click());
}

function fieldErrors(): string[] {
  return hooks('field-error').map((e) => `${e.getAttribute('data-field')}:${e.getAttribute('data-code')}`);
}

beforeEach(() => {
  send.mockReset();
  load.mockReset();
  onChanged.mockReset();
  onClose.mockReset();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('InvoiceDetail', () => {
  it('shows the invoice, its saved note and status, its activity and its sightings', async () => {
    await open();
    expect(hook('detail-facts')?.textContent).toContain(NUMBER);
    expect(hook<HTMLTextAreaElement>('detail-note')?.value).toBe('供应商说已开');
    expect(hook<HTMLSelectElement>('detail-user-status')?.value).toBe('pending');
    expect([...hook<HTMLSelectElement>('detail-user-status')!.options].map((o) => o.textContent)).toEqual(['未设置', '待处理', '已确认', '作废']);
    expect(hooks('activity-item').map((e) => [e.getAttribute('data-kind'), e.getAttribute('data-seen')])).toEqual([
      ['imported', null],
      ['query', 'seen'],
      ['query', 'not-seen'],
    ]);
    expect(hooks('activity-item')[0]?.textContent).toContain('从文件导入：发票.ofd');
    expect(hooks('sighting-mark').map((m) => m.getAttribute('data-seen'))).toEqual(['seen', 'not-seen']);
    expect(hook('sighting-timeline')?.querySelector('[role=img]')?.getAttribute('aria-label')).toBe('2 次查询：1 次列出，1 次未列出');
  });

  it('takes the focus when it opens, so the keyboard starts there', async () => {
    await open();
    expect(document.activeElement?.tagName).toBe('H2');
  });

  it('saves the note, status and ticket through the background, then reloads and tells the dashboard', async () => {
    await open();
    const saved: Annotation = { key: NUMBER, note: '已联系', userStatus: 'confirmed', ticket: { number: 'T-1', followUp: '2024-07-01' }, updatedAt: T0 + 1 };
    send.mockResolvedValue({ ok: true, annotation: saved });
    type('detail-note', '已联系');
    type('detail-user-status', 'confirmed');
    type('detail-ticket', ' T-1 ');
    type('detail-follow-up', '2024-07-01');
    await save();
    expect(send).toHaveBeenCalledWith({
      type: 'annotation:set',
      annotation: { key: NUMBER, note: '已联系', userStatus: 'confirmed', ticket: { number: 'T-1', followUp: '2024-07-01' } },
    });
    expect(hook('detail-saved')).not.toBeNull();
    expect(hook<HTMLInputElement>('detail-ticket')?.value).toBe('T-1');
    expect(onChanged).toHaveBeenCalledOnce();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('refuses a follow-up date without a ticket before asking the background', async () => {
    await open();
    type('detail-follow-up', '2024-07-01');
    await save();
    expect(send).not.toHaveBeenCalled();
    expect(fieldErrors()).toEqual(['followUp:follow-up-without-ticket']);
    expect(hook('detail-follow-up')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows every problem the background finds under its own field, and the rest under the form', async () => {
    await open();
    send.mockResolvedValue({
      ok: false,
      problems: [
        { code: 'too-long', field: 'note', zh: '备注太长', en: 'too long' },
        { code: 'ticket-format', field: 'ticket.number', zh: '工单号不对', en: 'bad ticket' },
        { code: 'background-unreachable', field: 'message', zh: '后台没有响应', en: 'no answer' },
      ],
    });
    type('detail-ticket', 'x');
    await save();
    expect(fieldErrors()).toEqual(['note:too-long', 'ticket:ticket-format', 'message:background-unreachable']);
    expect(hook('detail-ticket')?.closest('.detail-field')?.textContent).toContain('工单号不对');
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('closes on Escape from anywhere inside it', async () => {
    await open();
    act(() => {
      hook('detail-note')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('asks before Escape throws away changes not saved', async () => {
    await open();
    // happy-dom has no confirm dialog to spy on.
    const confirm = vi.fn(() => false);
    Object.defineProperty(window, 'confirm', { value: confirm, configurable: true });
    type('detail-note', '还没保存');
    act(() => {
      hook('detail-note')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(confirm).toHaveBeenCalledOnce();
    expect(onClose).not.toHaveBeenCalled();
    Reflect.deleteProperty(window, 'confirm');
  });

  it('reads again when the user comes back to the tab, keeping what is being typed', async () => {
    await open();
    type('detail-note', '正在写');
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(load).toHaveBeenCalledTimes(2);
    expect(hook<HTMLTextAreaElement>('detail-note')?.value).toBe('正在写');
  });

  it('says so clearly when the invoice is not stored', async () => {
    await open(null);
    expect(hook('detail-error')?.getAttribute('data-code')).toBe('not-found');
    expect(hook('detail-error')?.textContent).toContain('清单中没有这张发票');
    expect(hook('detail-note')).toBeNull();
  });
});
