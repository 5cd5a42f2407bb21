// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOOK_EVENT, HOOK_SOURCE, INVOICE_LIST_PATH, TAXPAYER_PATH } from '@/utils/portal/hook-constants';
import { startWatcher, type Observed } from './watcher';

const ORIGIN = 'https://dppt.beijing.chinatax.gov.cn:8443';
const TAXPAYER = '911101053579246877';
const NUMBER = '26112000000012345678';

function hookMessage(path: string, requestBody: string | null, answer: unknown) {
  return { source: HOOK_SOURCE, v: 1, id: `m-${path}`, url: `${ORIGIN}${path}`, method: 'POST', requestBody, status: 200, ok: true, responseText: JSON.stringify(answer), at: 1000 };
}

const listAnswer = {
  Response: {
    RequestId: 'r1',
    Data: {
      PageNumber: 1,
      PageSize: 10,
      Total: 1,
      List: [{ Fphm: NUMBER, Fpdm: '', FplxDm: '81', FpztDm: '01', Xsfnsrsbh: '91110105102345675X', Gmfnsrsbh: TAXPAYER, Kprq: '2026-11-02 10:17:57', Hjje: '1000.00', Hjse: '130.00', Jshj: '1130.00' }],
    },
  },
};
const listRequest = JSON.stringify({ Gjbq: '2', Kprqq: '2026-11-01', Kprqz: '2026-11-23', PageNumber: 1, PageSize: 10 });

const RESULT_TABLE = `
  <div class="invoiceQuery__table"><table>
    <thead><tr><th>序号</th><th>数电发票号码</th><th>开票日期</th><th>价税合计</th></tr></thead>
    <tbody><tr class="t-table__row"><td>1</td><td>${NUMBER}</td><td>2026-11-02 10:17:57</td><td>1130.00</td></tr></tbody>
  </table></div>
  <div class="t-pagination__total">共 1 条</div>`;

let stop: (() => void) | undefined;
beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '';
});
afterEach(() => {
  stop?.();
  vi.useRealTimers();
});

function watch() {
  const sent: Observed[] = [];
  stop = startWatcher({ window, document, now: () => 1000, send: (o) => sent.push(o), tableFallbackMs: 100 });
  return sent;
}

function deliver(message: unknown) {
  document.dispatchEvent(new CustomEvent(HOOK_EVENT, { detail: typeof message === 'string' ? message : JSON.stringify(message) }));
}

async function settle() {
  await vi.advanceTimersByTimeAsync(500);
}

describe('startWatcher', () => {
  it('turns an invoice-list answer into a scope and sightings, tagged with the taxpayer the API named', () => {
    const sent = watch();
    deliver(hookMessage(TAXPAYER_PATH, '{}', { Response: { Data: { Nsrsbh: TAXPAYER, Nsrmc: '北京云杉数智科技有限公司' } } }));
    deliver(hookMessage(INVOICE_LIST_PATH, listRequest, listAnswer));
    expect(sent).toHaveLength(2);
    expect(sent[0]!.taxpayer?.taxId).toBe(TAXPAYER);
    expect(sent[1]!.scope).toMatchObject({ direction: 'received', dateFrom: '2026-11-01', dateTo: '2026-11-23', total: 1, ok: true, taxpayerId: TAXPAYER, call: 'invoice-list' });
    expect(sent[1]!.sightings.map((s) => s.key)).toEqual([NUMBER]);
  });

  it('takes direction and dates of an encrypted query from the form as it stands when the answer comes', () => {
    document.body.innerHTML = `<form class="t-form">
      <div class="t-form__item t-form-item__gjbq"><div class="t-form__label"><label>查询类型</label></div>
        <div class="t-form__controls"><div class="t-select__wrap"><div class="t-input"><input class="t-input__inner" value="取得发票" readonly></div></div></div></div>
      <div class="t-form__item"><div class="t-form__label"><label>开票日期</label></div><div class="t-form__controls"><div class="t-range-input">
        <input class="t-input__inner" placeholder="开票日期起" value="2026-11-01"><input class="t-input__inner" placeholder="开票日期止" value="2026-11-23"></div></div></div>
    </form>`;
    const sent = watch();
    deliver(hookMessage(INVOICE_LIST_PATH, JSON.stringify({ Jmbw: 'c2VjcmV0' }), listAnswer));
    expect(sent[0]!.scope).toMatchObject({ encrypted: true, direction: 'received', dateFrom: '2026-11-01', dateTo: '2026-11-23', sources: { direction: 'page', dates: 'page' } });
  });

  it('reads an encrypted query against the form as it stood when 查询 was pressed, not a later edit', () => {
    document.body.innerHTML = `<form class="t-form">
      <div class="t-form__item"><div class="t-form__label"><label>开票日期</label></div><div class="t-form__controls"><div class="t-range-input">
        <input class="t-input__inner" placeholder="开票日期起" value="2026-11-01"><input class="t-input__inner" placeholder="开票日期止" value="2026-11-23"></div></div></div>
      <button type="button">查 询</button></form>`;
    const sent = watch();
    document.querySelector('button')!.click();
    document.querySelector<HTMLInputElement>('input[placeholder=开票日期起]')!.value = '2025-01-01';
    deliver(hookMessage(INVOICE_LIST_PATH, JSON.stringify({ Jmbw: 'c2VjcmV0' }), listAnswer));
    expect(sent[0]!.scope).toMatchObject({ dateFrom: '2026-11-01', dateTo: '2026-11-23' });
  });

  it('takes the direction of an encrypted query from its rows when the page has no form', () => {
    const sent = watch();
    const rows = { Response: { Data: { ...listAnswer.Response.Data, List: listAnswer.Response.Data.List.map((r) => ({ ...r, Gjbq: '2' })) } } };
    deliver(hookMessage(INVOICE_LIST_PATH, '$04a1b2c3', rows));
    expect(sent[0]!.scope).toMatchObject({ encrypted: true, direction: 'received', dateFrom: null, sources: { direction: 'rows' } });
  });

  it('says once when the page has settled after a change, so marks can go back on redrawn rows', async () => {
    const settled = vi.fn();
    stop = startWatcher({ window, document, now: () => 1000, send: () => undefined, onSettled: settled });
    document.body.append(document.createElement('div'));
    document.body.append(document.createElement('div'));
    await settle();
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('reports a session-expired answer as a page signal with a failed scope', () => {
    const sent = watch();
    deliver(hookMessage(INVOICE_LIST_PATH, '{}', { Response: { Error: { Code: 'AuthFailure', Message: '身份认证已失效，请重新登录' } } }));
    expect(sent[0]!.scope?.ok).toBe(false);
    expect(sent[0]!.signals.map((s) => s.kind)).toEqual(['session-expired']);
  });

  it('records a plain failed call as a failed scope without a page-wide signal', () => {
    const sent = watch();
    deliver({ ...hookMessage(INVOICE_LIST_PATH, listRequest, null), status: 502, ok: false, responseText: 'Bad Gateway' });
    expect(sent[0]!.scope?.ok).toBe(false);
    expect(sent[0]!.signals).toEqual([]);
  });

  it.each([
    ['another source tag', { ...hookMessage(INVOICE_LIST_PATH, '{}', listAnswer), source: 'page-script' }],
    ['an unwatched call', { ...hookMessage(INVOICE_LIST_PATH, '{}', listAnswer), url: `${ORIGIN}/other/api` }],
    ['text that is not JSON', 'not json'],
    ['a non-string detail', 42],
  ])('ignores %s', (_label, message) => {
    const sent = watch();
    if (typeof message === 'number') document.dispatchEvent(new CustomEvent(HOOK_EVENT, { detail: message }));
    else deliver(message);
    expect(sent).toEqual([]);
  });

  it('reads the result table when no JSON answer was copied, once per distinct table', async () => {
    const sent = watch();
    document.body.innerHTML = RESULT_TABLE;
    await settle();
    document.body.appendChild(document.createElement('span'));
    await settle();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.scope).toMatchObject({ call: 'table', total: 1 });
    expect(sent[0]!.sightings.map((s) => s.key)).toEqual([NUMBER]);
  });

  it('never reads the table once the JSON answers are being copied', async () => {
    const sent = watch();
    deliver(hookMessage(INVOICE_LIST_PATH, listRequest, listAnswer));
    document.body.innerHTML = RESULT_TABLE;
    await settle();
    expect(sent.map((o) => o.scope?.call)).toEqual(['invoice-list']);
  });

  it('reports a page message when it appears, and again when it comes back', async () => {
    const sent = watch();
    const showExpiry = async () => {
      document.body.innerHTML = '<div class="t-message"><div class="t-message__content">登录已失效，请重新登录</div></div>';
      await settle();
    };
    await showExpiry();
    await showExpiry();
    document.body.innerHTML = '<p>ok</p>';
    await settle();
    await showExpiry();
    expect(sent.flatMap((o) => o.signals.map((s) => s.kind))).toEqual(['session-expired', 'session-expired']);
  });

  it('reports every time the browser goes offline', () => {
    const sent = watch();
    window.dispatchEvent(new Event('offline'));
    window.dispatchEvent(new Event('offline'));
    expect(sent.flatMap((o) => o.signals.map((s) => s.kind))).toEqual(['offline', 'offline']);
  });

  it('stops listening when stopped', () => {
    const send = vi.fn();
    startWatcher({ window, document, now: () => 1, send })();
    deliver(hookMessage(INVOICE_LIST_PATH, '{}', listAnswer));
    expect(send).not.toHaveBeenCalled();
  });
});
