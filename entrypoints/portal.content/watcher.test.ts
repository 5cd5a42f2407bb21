// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOOK_SOURCE, INVOICE_LIST_PATH, TAXPAYER_PATH } from '@/utils/portal/hook-constants';
import { startWatcher, type Observed } from './watcher';

const ORIGIN = 'https://dppt.beijing.chinatax.gov.cn:8443';
const TAXPAYER = '911101053579246877';

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
      List: [{ Fphm: '26112000000012345678', Fpdm: '', FplxDm: '81', FpztDm: '01', Xsfnsrsbh: '91110108MA01ABCD0X', Gmfnsrsbh: TAXPAYER, Kprq: '2026-11-02 10:17:57', Hjje: '1000.00', Hjse: '130.00', Jshj: '1130.00' }],
    },
  },
};

let stop: (() => void) | undefined;
afterEach(() => stop?.());

function watch() {
  const sent: Observed[] = [];
  stop = startWatcher({ window, document, now: () => 1000, send: (o) => sent.push(o), tableFallbackMs: 10_000 });
  return sent;
}

function deliver(data: unknown, source: unknown = window) {
  window.dispatchEvent(new MessageEvent('message', { data, source: source as Window }));
}

describe('startWatcher', () => {
  it('turns an invoice-list answer into a scope and sightings, tagged with the taxpayer seen before', () => {
    const sent = watch();
    deliver(hookMessage(TAXPAYER_PATH, '{}', { Response: { Data: { Nsrsbh: TAXPAYER, Nsrmc: '北京云杉数智科技有限公司' } } }));
    deliver(hookMessage(INVOICE_LIST_PATH, JSON.stringify({ Gjbq: '2', Kprqq: '2026-11-01', Kprqz: '2026-11-23', PageNumber: 1, PageSize: 10 }), listAnswer));
    expect(sent).toHaveLength(2);
    expect(sent[0]!.taxpayer?.taxId).toBe(TAXPAYER);
    expect(sent[1]!.scope).toMatchObject({ direction: 'received', dateFrom: '2026-11-01', dateTo: '2026-11-23', total: 1, ok: true, taxpayerId: TAXPAYER });
    expect(sent[1]!.sightings.map((s) => s.key)).toEqual(['26112000000012345678']);
  });

  it('reports a session-expired answer as a page signal with a failed scope', () => {
    const sent = watch();
    deliver(hookMessage(INVOICE_LIST_PATH, '{}', { Response: { Error: { Code: 'AuthFailure', Message: '身份认证已失效，请重新登录' } } }));
    expect(sent[0]!.scope?.ok).toBe(false);
    expect(sent[0]!.signals.map((s) => s.kind)).toEqual(['session-expired']);
  });

  it.each([
    ['another window', {}, hookMessage(INVOICE_LIST_PATH, '{}', listAnswer)],
    ['another source tag', window, { ...hookMessage(INVOICE_LIST_PATH, '{}', listAnswer), source: 'page-script' }],
    ['an unwatched call', window, { ...hookMessage(INVOICE_LIST_PATH, '{}', listAnswer), url: `${ORIGIN}/other/api` }],
    ['garbage', window, 'not an object'],
  ])('ignores messages from %s', (_label, source, data) => {
    const sent = watch();
    deliver(data, source);
    expect(sent).toEqual([]);
  });

  it('reports the browser going offline once', () => {
    const sent = watch();
    window.dispatchEvent(new Event('offline'));
    window.dispatchEvent(new Event('offline'));
    expect(sent.flatMap((o) => o.signals.map((s) => s.kind))).toEqual(['offline']);
  });

  it('stops listening when stopped', () => {
    const send = vi.fn();
    startWatcher({ window, document, now: () => 1, send })();
    deliver(hookMessage(INVOICE_LIST_PATH, '{}', listAnswer));
    expect(send).not.toHaveBeenCalled();
  });
});
