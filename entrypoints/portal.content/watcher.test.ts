// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOICE_LIST_PATH, TAXPAYER_PATH } from '@/utils/portal/hook-constants';
import { startWatcher, TABLE_AFTER_USER_MS, type Observed } from './watcher';

const ORIGIN = 'https://dppt.beijing.chinatax.gov.cn:8443';
const QUERY_PAGE = `${ORIGIN}/invoice-query/invoice-query`;
const TAXPAYER = '911101053579246877';
const NUMBER = '26112000000012345678';
/** The content script's clock: 2026-11-23 10:00 in China. */
const NOW = Date.UTC(2026, 10, 23, 2, 0);

function hookMessage(path: string, requestBody: string | null, answer: unknown) {
  return { url: `${ORIGIN}${path}`, requestBody, status: 200, responseText: JSON.stringify(answer), error: null };
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

/** The isolated end of the channel, as the hook's posts reach it. */
function fakePort() {
  return Object.assign(new EventTarget(), { start: vi.fn(), close: vi.fn() });
}

let stop: (() => void) | undefined;
let port = fakePort();
let ids = 0;
const newId = () => `id-${++ids}`;
const goTo = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '';
  goTo(QUERY_PAGE);
  port = fakePort();
  ids = 0;
});
afterEach(() => {
  stop?.();
  vi.useRealTimers();
});

function watch() {
  const sent: Observed[] = [];
  stop = startWatcher({ window, document, now: () => NOW, newId, port, send: (o) => sent.push(o), tableFallbackMs: 100 });
  return sent;
}

function deliver(message: unknown) {
  port.dispatchEvent(new MessageEvent('message', { data: message }));
}

/** A click the browser made for a user; a page script's own clicks are never trusted. */
function userClicks(trusted = true) {
  const click = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(click, 'isTrusted', { value: trusted });
  document.body.dispatchEvent(click);
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
    stop = startWatcher({ window, document, now: () => NOW, newId, port, send: () => undefined, onSettled: settled });
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
    ['an unwatched call', { ...hookMessage(INVOICE_LIST_PATH, '{}', listAnswer), url: `${ORIGIN}/other/api` }],
    ['a call to another origin', { ...hookMessage(INVOICE_LIST_PATH, '{}', listAnswer), url: `https://evil.example${INVOICE_LIST_PATH}` }],
    ['text that is not a message', 'not json'],
    ['a number', 42],
  ])('ignores %s', (_label, message) => {
    const sent = watch();
    deliver(message);
    expect(sent).toEqual([]);
  });

  it('stamps times and ids itself: none of the page world’s reaches the message', () => {
    const sent = watch();
    deliver({ ...hookMessage(INVOICE_LIST_PATH, listRequest, listAnswer), at: 1e308, id: 'forged-id', seenAt: 4_102_444_800_001 });
    const [o] = sent;
    expect(o?.scope).toMatchObject({ id: 'id-1', at: NOW });
    expect(o?.sightings.map((s) => [s.scopeId, s.seenAt])).toEqual([['id-1', NOW]]);
    expect(o?.answerId).toBe('id-2');
    expect(JSON.stringify(o)).not.toContain('forged');
  });

  it('sends every observation through the bounds: a future date and an overlong name never leave', () => {
    const sent = watch();
    const row = { ...listAnswer.Response.Data.List[0], Kprq: '2099-01-01', Xsfmc: '名'.repeat(400) };
    deliver(hookMessage(INVOICE_LIST_PATH, listRequest, { Response: { Data: { ...listAnswer.Response.Data, List: [row] } } }));
    const [s] = sent[0]!.sightings;
    expect(s).not.toHaveProperty('date');
    expect(s?.sellerName).toHaveLength(200);
  });

  it('gives every observation an answer id of its own', () => {
    const sent = watch();
    deliver(hookMessage(INVOICE_LIST_PATH, listRequest, listAnswer));
    deliver(hookMessage(INVOICE_LIST_PATH, listRequest, listAnswer));
    expect(new Set(sent.map((o) => o.answerId)).size).toBe(2);
  });

  it('reads nothing dispatched on the page in the old hand-over formats', () => {
    const sent = watch();
    const old = JSON.stringify({ source: 'fapiao-watch-hook', v: 1, id: 'x', method: 'POST', ok: true, at: 1e308, ...hookMessage(INVOICE_LIST_PATH, listRequest, listAnswer) });
    document.dispatchEvent(new CustomEvent('fapiao-watch:answer', { detail: old }));
    window.dispatchEvent(new MessageEvent('message', { data: JSON.parse(old) }));
    expect(sent).toEqual([]);
  });

  it('reads no copy when the channel was refused', () => {
    const sent: Observed[] = [];
    stop = startWatcher({ window, document, now: () => NOW, newId, port: null, send: (o) => sent.push(o) });
    deliver(hookMessage(INVOICE_LIST_PATH, listRequest, listAnswer));
    expect(sent).toEqual([]);
  });

  it.each([
    ['another page of the portal', `${ORIGIN}/blue-invoice-makeout`],
    ['another chinatax host', 'https://www.chinatax.gov.cn/invoice-query/invoice-query'],
    ['the 查验 platform', 'https://inv-veri.chinatax.gov.cn/invoice-query/invoice-query'],
  ])('ignores copies, tables and page messages on %s', async (_label, url) => {
    goTo(url);
    const sent = watch();
    deliver(hookMessage(INVOICE_LIST_PATH, listRequest, { ...listAnswer }));
    document.body.innerHTML = `${RESULT_TABLE}<div class="t-message"><div class="t-message__content">登录已失效，请重新登录</div></div>`;
    await settle();
    expect(sent).toEqual([]);
  });

  it('follows the single-page app: a copy counts once it has moved to a known page', () => {
    goTo(`${ORIGIN}/`);
    const sent = watch();
    deliver(hookMessage(INVOICE_LIST_PATH, listRequest, listAnswer));
    window.history.pushState(null, '', '/invoice-query/invoice-query');
    deliver(hookMessage(INVOICE_LIST_PATH, listRequest, listAnswer));
    expect(sent.map((o) => o.scope?.page)).toEqual(['/invoice-query/invoice-query']);
  });

  it('reads the result table when no JSON answer was copied, once per distinct table', async () => {
    const sent = watch();
    userClicks();
    document.body.innerHTML = RESULT_TABLE;
    await settle();
    document.body.appendChild(document.createElement('span'));
    await settle();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.scope).toMatchObject({ call: 'table', total: 1 });
    expect(sent[0]!.sightings.map((s) => s.key)).toEqual([NUMBER]);
  });

  it.each([
    ['no user action', () => undefined],
    ['a click a script made', () => userClicks(false)],
  ])('never reads a table drawn after %s: any page script can draw one', async (_label, act) => {
    const sent = watch();
    act();
    document.body.innerHTML = RESULT_TABLE;
    await settle();
    expect(sent).toEqual([]);
  });

  it('never reads a table drawn long after the user last acted', async () => {
    let clock = NOW;
    const sent: Observed[] = [];
    stop = startWatcher({ window, document, now: () => clock, newId, port, send: (o) => sent.push(o), tableFallbackMs: 100 });
    userClicks();
    clock += TABLE_AFTER_USER_MS + 1;
    document.body.innerHTML = RESULT_TABLE;
    await settle();
    expect(sent).toEqual([]);
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

  it('stops listening, and closes the channel, when stopped', () => {
    const send = vi.fn();
    startWatcher({ window, document, now: () => NOW, newId, port, send })();
    deliver(hookMessage(INVOICE_LIST_PATH, '{}', listAnswer));
    expect(send).not.toHaveBeenCalled();
    expect(port.close).toHaveBeenCalled();
  });

  it.each([
    ['from a portal page', `${ORIGIN}/invoice-query/invoice-query`, ['session-expired']],
    ['from a look-alike address elsewhere', 'https://evil.example/?dppt.beijing', []],
  ])('says the session ended when the login page was reached %s', (_label, referrer, kinds) => {
    goTo('https://tpass.beijing.chinatax.gov.cn:8443/#/login');
    Object.defineProperty(document, 'referrer', { value: referrer, configurable: true });
    const sent = watch();
    expect(sent.flatMap((o) => o.signals.map((s) => s.kind))).toEqual(kinds);
  });
});
