// @vitest-environment happy-dom
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Request } from '@/utils/messages';
import { INVOICE_LIST_PATH, TAXPAYER_PATH } from '@/utils/portal/hook-constants';
import { startWatcher, type Observed } from './watcher';

/*
 * Hostile payloads through the whole isolated side: hand-over check, readers, bounds. Each is either refused (nothing
 * sent) or read safely: whatever is sent passes the background's schema, carries this script's clock, and no
 * prototype is touched.
 */

const ORIGIN = 'https://dppt.beijing.chinatax.gov.cn:8443';
const NOW = Date.UTC(2026, 10, 23, 2, 0);
const NUMBER = '26112000000012345678';
const TAXPAYER = '911101053579246877';
const MB = 1024 * 1024;

const row = (over: Record<string, unknown> = {}) => ({
  Fphm: NUMBER, FplxDm: '81', FpztDm: '01', Xsfnsrsbh: '91110105102345675X', Xsfmc: '北京晨光文具办公用品有限公司', Gmfnsrsbh: TAXPAYER,
  Kprq: '2026-11-02 10:17:57', Hjje: '1000.00', Hjse: '130.00', Jshj: '1130.00', ...over,
});
const answer = (list: unknown, data: Record<string, unknown> = {}) => JSON.stringify({ Response: { Data: { PageNumber: 1, PageSize: 20, Total: 1, List: list, ...data } } });
const request = JSON.stringify({ Gjbq: '2', Kprqq: '2026-11-01', Kprqz: '2026-11-23', PageNumber: 1, PageSize: 20 });
const copy = (responseText: unknown, over: Record<string, unknown> = {}) => ({ url: `${ORIGIN}${INVOICE_LIST_PATH}`, requestBody: request, status: 200, responseText, error: null, ...over });
const deep = (levels: number, inner = '1') => `${'['.repeat(levels)}${inner}${']'.repeat(levels)}`;
const deepObject = (levels: number) => {
  let value: unknown = 'x';
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
};

type Check = (sent: Observed[]) => void;
const refused: Check = (sent) => expect(sent).toEqual([]);
const noRows: Check = (sent) => expect(sent.flatMap((o) => o.sightings)).toEqual([]);
const oneRow = (check: (s: Observed['sightings'][number]) => void): Check => (sent) => {
  const rows = sent.flatMap((o) => o.sightings);
  expect(rows).toHaveLength(1);
  check(rows[0]!);
};
const failedScope: Check = (sent) => {
  expect(sent[0]?.scope?.ok).toBe(false);
  noRows(sent);
};

const HOSTILE: Array<[string, unknown, Check]> = [
  // Markup
  ['markup in a name, kept as text', copy(answer([row({ Xsfmc: '<img src=x onerror=alert(1)>' })])), oneRow((s) => expect(s.sellerName).toBe('<img src=x onerror=alert(1)>'))],
  ['markup around a number', copy(answer([row({ Fphm: `<b>${NUMBER}</b>` })])), noRows],
  ['an HTML page for an answer', copy('<!DOCTYPE html><script>alert(1)</script>'), failedScope],
  ['markup in the URL path, read as the call it ends with', copy(answer([row()]), { url: `${ORIGIN}/<script>${INVOICE_LIST_PATH}` }), oneRow((s) => expect(s.key).toBe(NUMBER))],
  ['markup in the URL host', copy(answer([row()]), { url: `https://<b>dppt.beijing.chinatax.gov.cn:8443${INVOICE_LIST_PATH}` }), refused],
  // Huge strings
  ['a 10 MB answer', copy(`"${'x'.repeat(10 * MB)}"`), refused],
  ['a 10 MB request body', copy(answer([row()]), { requestBody: 'x'.repeat(10 * MB) }), refused],
  ['a 10 MB URL', copy(answer([row()]), { url: `${ORIGIN}${INVOICE_LIST_PATH}?${'x'.repeat(10 * MB)}` }), refused],
  ['a 1.5 MB seller name', copy(answer([row({ Xsfmc: '名'.repeat(1.5 * MB) })])), oneRow((s) => expect(s.sellerName).toBeUndefined())],
  ['a 1 MB Response.Error message', copy(JSON.stringify({ Response: { Error: { Message: '错'.repeat(MB) } } })), failedScope],
  // Deep nesting
  ['10,000 nested arrays as a row', copy(`{"Response":{"Data":{"Total":1,"List":[${deep(10_000)}]}}}`), noRows],
  ['10,000 nested arrays as the answer', copy(deep(10_000)), failedScope],
  ['10,000 nested objects in Response.Error', copy(`{"Response":{"Error":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}}`), failedScope],
  ['10,000 nested arrays as the request body', copy(answer([row()]), { requestBody: deep(10_000) }), oneRow((s) => expect(s.key).toBe(NUMBER))],
  ['10,000 nested objects as the hand-over', deepObject(10_000), refused],
  // Wrong types
  ['a hand-over that is a string', JSON.stringify(copy(answer([row()]))), refused],
  ['a hand-over that is an array', [copy(answer([row()]))], refused],
  ['status as a string', copy(answer([row()]), { status: '200' }), refused],
  ['the answer as an object', copy({ Response: { Data: { List: [row()] } } }), refused],
  ['a URL that is an object', copy(answer([row()]), { url: { href: `${ORIGIN}${INVOICE_LIST_PATH}` } }), refused],
  ['List as an object', copy(answer({ 0: row() })), failedScope],
  ['rows of every wrong type', copy(answer([null, 1, 'x', true, [], [row()]])), noRows],
  ['fields of wrong types', copy(answer([row({ Xsfmc: { a: 1 }, Jshj: [1130], Hjje: {}, Hjse: [130], Kprq: true, FplxDm: null })])), oneRow((s) => {
    expect([s.sellerName, s.total, s.date, s.typeCode]).toEqual([undefined, undefined, undefined, undefined]);
  })],
  ['paging of wrong types', copy(answer([row()], { PageNumber: [], PageSize: {}, Total: 'many' })), (sent) => {
    expect(sent[0]?.scope).toMatchObject({ pageNumber: 1, pageSize: 20, total: null });
  }],
  // Prototype keys
  ['__proto__ in the answer and its rows', copy('{"__proto__":{"polluted":1},"Response":{"Data":{"Total":1,"List":[{"__proto__":{"Fphm":"26112000000012345678","polluted":1}}]}}}'), noRows],
  ['constructor.prototype in a row', copy(answer([row({ constructor: { prototype: { polluted: 1 } }, prototype: { polluted: 1 } })])), oneRow((s) => expect(s.key).toBe(NUMBER))],
  ['__proto__ in the request body', copy(answer([row()]), { requestBody: '{"__proto__":{"polluted":1},"Gjbq":"2"}' }), oneRow((s) => expect(s.key).toBe(NUMBER))],
  ['__proto__ on the hand-over itself', JSON.parse(`{"__proto__":{"polluted":1},"url":"${ORIGIN}${INVOICE_LIST_PATH}","requestBody":null,"status":200,"responseText":null,"error":null}`), failedScope],
  ['a taxpayer answer with __proto__', copy('{"Response":{"Data":{"__proto__":{"Nsrsbh":"911101053579246877"},"polluted":1}}}', { url: `${ORIGIN}${TAXPAYER_PATH}` }), refused],
  // Bidi and zero-width characters
  ['a zero-width space in a number', copy(answer([row({ Fphm: `2611\u200B2000000012345678` })])), noRows],
  ['a right-to-left override before a number', copy(answer([row({ Fphm: `\u202E${NUMBER}` })])), noRows],
  ['a byte-order mark inside an amount', copy(answer([row({ Jshj: '1\uFEFF130.00', Hjje: '1\u200B000.00' })])), oneRow((s) => expect(s.amount).toBeUndefined())],
  ['bidi controls in a name', copy(answer([row({ Xsfmc: '\u202E司公限有\u202C北京\u2066晨光\u2069' })])), oneRow((s) => expect(s.sellerName).toBe('司公限有北京晨光'))],
  ['zero-width joiners in a tax ID', copy(answer([row({ Xsfnsrsbh: '91110105\u200D102345675X' })])), oneRow((s) => expect(s.sellerTaxId).toBeUndefined())],
  ['an invisible character in a date', copy(answer([row({ Kprq: '2026-11-\u200B02' })])), oneRow((s) => expect(s.date).toBeUndefined())],
  // Absurd numbers and dates
  ['an amount of 1e308', copy(answer([row({ Jshj: 1e308, Hjje: -1e308 })])), oneRow((s) => expect([s.total, s.amount]).toEqual([undefined, undefined]))],
  ['-0 as an amount', copy(answer([row({ Jshj: -0 })])), oneRow((s) => expect(s.total).toBe('0.00'))],
  ['NaN and Infinity as strings', copy(answer([row({ Jshj: 'NaN', Hjje: 'Infinity', Hjse: '-Infinity' })])), oneRow((s) => expect([s.total, s.amount, s.tax]).toEqual([undefined, undefined, undefined]))],
  ['a 20-digit number as a JSON number', copy(`{"Response":{"Data":{"Total":1,"List":[{"Fphm":26112000000012345678}]}}}`), noRows],
  ['a huge integer Total and page', copy(answer([row()], { Total: 1e308, PageNumber: '99999999999999999999999', PageSize: -5 })), (sent) => {
    expect(sent[0]?.scope).toMatchObject({ total: null, pageNumber: 1, pageSize: 20 });
  }],
  ['an invoice dated in the future', copy(answer([row({ Kprq: '2099-01-01 00:00:00' })])), oneRow((s) => expect(s.date).toBeUndefined())],
  ['an invoice dated before 2000', copy(answer([row({ Kprq: '1999-12-31' })])), oneRow((s) => expect(s.date).toBeUndefined())],
  ['a query to the year 9999', copy(answer([row()]), { requestBody: JSON.stringify({ Gjbq: '2', Kprqq: '1900-01-01', Kprqz: '9999-12-31' }) }), (sent) => {
    expect(sent[0]?.scope).toMatchObject({ dateFrom: null, dateTo: null });
  }],
  ['times and ids of its own on the hand-over', { ...copy(answer([row()])), at: 1e308, id: 'forged', seenAt: -1 }, oneRow((s) => expect([s.seenAt, s.scopeId]).toEqual([NOW, 'test-id-1']))],
  ['a status of 1e308', copy(answer([row()]), { status: 1e308 }), refused],
];

let ids = 0;
let stop: (() => void) | undefined;
let port = Object.assign(new EventTarget(), { start: vi.fn(), close: vi.fn() });

beforeEach(() => {
  vi.useFakeTimers();
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${ORIGIN}/invoice-query/invoice-query`);
  document.body.innerHTML = '';
  ids = 0;
  port = Object.assign(new EventTarget(), { start: vi.fn(), close: vi.fn() });
});
afterEach(() => {
  stop?.();
  vi.useRealTimers();
});
afterAll(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
});

function watch(): Observed[] {
  const sent: Observed[] = [];
  stop = startWatcher({ window, document, now: () => NOW, newId: () => `test-id-${++ids}`, port, send: (o) => sent.push(o), tableFallbackMs: 50 });
  return sent;
}

/** Everything sent is what the background accepts, and dated by this script's clock. */
function expectSafe(sent: Observed[]): void {
  for (const o of sent) {
    const parsed = Request.safeParse({ type: 'portal:observed', ...o });
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    const times = [o.scope?.at, o.taxpayer?.at, ...o.sightings.map((s) => s.seenAt), ...o.signals.map((s) => s.at)].filter((t) => t !== undefined);
    expect(times.every((t) => t === NOW)).toBe(true);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('hostile hand-overs', () => {
  // The figure issue 15 asks to see printed: how many hostile inputs the suite tries.
  afterAll(() => console.log(`hostile inputs tried: ${HOSTILE.length} hand-overs, and the hostile pages below`));

  it.each(HOSTILE)('%s', (_label, data, check) => {
    const sent = watch();
    expect(() => port.dispatchEvent(new MessageEvent('message', { data }))).not.toThrow();
    expectSafe(sent);
    check(sent);
  });
});

describe('hostile pages', () => {
  async function settle() {
    await vi.advanceTimersByTimeAsync(400);
  }

  it('reads a result table full of markup, bidi text and a 10 MB cell as plain, bounded text', async () => {
    const sent = watch();
    const click = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(click, 'isTrusted', { value: true });
    document.body.dispatchEvent(click);
    const cell = document.createElement('td');
    cell.textContent = `\u202E${'长'.repeat(10 * MB)}`;
    document.body.innerHTML = `<div class="invoiceQuery__table"><table>
      <thead><tr><th>数电发票号码</th><th>销方名称</th><th>开票日期</th><th>价税合计</th></tr></thead>
      <tbody><tr class="t-table__row"><td>${NUMBER}</td><td>&lt;script&gt;alert(1)&lt;/script&gt;<script>window.polluted=1</script></td><td>2099-01-01</td><td>1e308</td></tr></tbody>
    </table></div>`;
    document.querySelector('tbody tr')!.append(cell);
    await settle();
    expectSafe(sent);
    const [s] = sent.flatMap((o) => o.sightings);
    expect(s).toMatchObject({ key: NUMBER, sellerName: '<script>alert(1)</script>window.polluted=1' });
    expect(s).not.toHaveProperty('date');
    expect(s).not.toHaveProperty('total');
  });

  // A page nested 10,000 deep is tried in real Chromium (tests/e2e/hostile.e2e.mjs): happy-dom's own selectors recurse.
});
