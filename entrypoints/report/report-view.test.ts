// @vitest-environment happy-dom
import { h, render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildProblemReport } from '@/utils/export/report/problem-report';
import { report12366Text, sellerText } from '@/utils/export/report/report-texts';
import { aFinding, aReportInput } from '@/utils/export/report/test-input';
import { aScope, NUMBER, T0 } from '@/utils/reconcile/test-fixtures';
import { loadReport } from './load-report';
import { ReportApp } from './ReportApp';
import { ReportView } from './ReportView';

vi.mock('./load-report', () => ({ loadReport: vi.fn() }));

const SHA = 'abcdef0123456789'.repeat(4);
const REPORT = buildProblemReport(
  aReportInput({
    findings: [aFinding('session-expired', 'ok', '登录状态'), aFinding('typo', 'cause', '号码输错'), aFinding('voided-or-red', 'unknown', '发票状态')],
    scopes: [aScope(), aScope({ id: 'i', at: T0 + 60_000, direction: 'issued' })],
    activity: [{ id: 'a1', key: NUMBER, at: T0 - 60_000, kind: 'imported', detail: '供应商发票.pdf' }],
    attachments: [{ name: '供应商发票.pdf', type: 'application/pdf', size: 2048, sha256: SHA, addedAt: T0 }],
  }),
);

let root: HTMLElement;

function mount(vnode: ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(vnode, root));
  return root;
}

const hook = (id: string) => root.querySelector(`[data-testid="${id}"]`);
const hooks = (id: string) => [...root.querySelectorAll(`[data-testid="${id}"]`)];

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('ReportView', () => {
  it.each([
    'report-page',
    'report-print',
    'report-facts',
    'report-queries',
    'report-findings',
    'report-verification',
    'report-steps',
    'report-attachments',
    'report-seller-text',
    'report-12366-text',
    'report-copy-seller',
    'report-copy-12366',
  ])('has %s', (id) => {
    mount(h(ReportView, { report: REPORT, lang: 'zh' }));
    expect(hook(id)).not.toBeNull();
  });

  it.each(['zh', 'en'] as const)('holds the exact texts to copy (%s)', (lang) => {
    mount(h(ReportView, { report: REPORT, lang }));
    expect(hook('report-seller-text')?.textContent).toBe(sellerText(REPORT, lang));
    expect(hook('report-12366-text')?.textContent).toBe(report12366Text(REPORT, lang));
  });

  it('shows the sections from the report: facts, queries latest first, findings in order, 查验, steps, files', () => {
    mount(h(ReportView, { report: REPORT, lang: 'zh' }));
    expect(hook('report-facts')?.textContent).toContain(`发票号码${NUMBER}`);
    expect(hooks('report-query').map((r) => r.querySelectorAll('td')[2]?.textContent)).toEqual([
      '开具发票 2024-05-01 至 2024-05-31',
      '取得发票 2024-05-01 至 2024-05-31',
    ]);
    expect([...(hook('report-findings')?.querySelectorAll('li') ?? [])].map((li) => li.getAttribute('data-check'))).toEqual(['typo', 'voided-or-red']);
    expect(hook('report-ruled-out')?.textContent).toBe('已排除 1 项：题登录状态');
    expect(hook('report-verification')?.querySelector('a')?.getAttribute('href')).toBe('https://inv-veri.chinatax.gov.cn/');
    expect(hook('report-steps')?.querySelectorAll('li')).toHaveLength(3);
    expect(hooks('report-attachment').map((r) => [...r.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent))).toEqual([
      ['供应商发票.pdf', '2.0 KB', SHA.slice(0, 12)],
    ]);
  });

  it('speaks English when asked', () => {
    mount(h(ReportView, { report: REPORT, lang: 'en' }));
    expect(root.querySelector('h1')?.textContent).toBe('Invoice problem report');
    expect(hook('report-ruled-out')?.textContent).toBe('1 ruled out: 登录状态');
  });

  it.each([
    ['seller', () => sellerText(REPORT, 'zh')],
    ['12366', () => report12366Text(REPORT, 'zh')],
  ])('copies the %s text and says so', async (name, text) => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    mount(h(ReportView, { report: REPORT, lang: 'zh' }));
    await act(async () => (hook(`report-copy-${name}`) as HTMLButtonElement).click());
    expect(writeText).toHaveBeenCalledWith(text());
    expect(hook(`report-copy-${name}`)?.parentElement?.textContent).toContain('已复制');
  });

  it('says when the copy failed', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    mount(h(ReportView, { report: REPORT, lang: 'zh' }));
    await act(async () => (hook('report-copy-seller') as HTMLButtonElement).click());
    expect(hook('report-copy-seller')?.parentElement?.textContent).toContain('复制失败');
  });

  it('prints', () => {
    // happy-dom has no print dialog to spy on.
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    mount(h(ReportView, { report: REPORT, lang: 'zh' }));
    (hook('report-print') as HTMLButtonElement).click();
    expect(print).toHaveBeenCalledOnce();
    Reflect.deleteProperty(window, 'print');
  });
});

describe('ReportApp', () => {
  const load = vi.mocked(loadReport);
  const open = (search: string) => {
    history.replaceState(null, '', `/report.html${search}`);
    return mount(h(ReportApp, { lang: 'zh' }));
  };

  it('renders the report of the key in the address', async () => {
    load.mockResolvedValue(REPORT);
    open(`?key=${NUMBER}`);
    await vi.waitFor(() => expect(hook('report-seller-text')).not.toBeNull());
    expect(load).toHaveBeenCalledWith(NUMBER, expect.any(Number));
    // Printing to PDF names the file after the title.
    expect(document.title).toBe(`发票问题报告 ${NUMBER}`);
  });

  it.each<[string, string, () => void, string]>([
    ['no key', '', () => undefined, '链接中没有指明发票'],
    ['an invoice not stored', '?key=123', () => load.mockResolvedValue(null), '找不到发票 123'],
    ['a failed load', '?key=123', () => load.mockRejectedValue(new Error('not wired')), '读取报告失败：not wired'],
  ])('says so in Chinese for %s', async (_name, search, arrange, message) => {
    arrange();
    open(search);
    await vi.waitFor(() => expect(hook('report-error')?.textContent).toContain(message));
    expect(hook('report-seller-text')).toBeNull();
  });
});
