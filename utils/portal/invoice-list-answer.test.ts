import { describe, expect, it } from 'vitest';
import { QueryScope, Sighting } from '../invoice/model';
import { MAX_RESPONSE_CHARS } from './hook-constants';
import { signalFromAnswerError } from './page-signals';
import { readInvoiceListAnswer, type InvoiceListInput } from './invoice-list-answer';
import { MAX_ROWS } from './limits';

const AT = 1_708_300_000_000;
const request = JSON.stringify({
  Gjbq: '2',
  FpztDm: ['01', '02', '03', '04'],
  FplxDm: [],
  Kprqq: '2024-02-01',
  Kprqz: '2024-02-29',
  PageNumber: 2,
  PageSize: 10,
});

const shudianItem = {
  Fphm: '24112000000012345678',
  Fpdm: '',
  FplxDm: '82',
  FpztDm: '01',
  Xsfnsrsbh: '91110108MA01ABCD2X',
  Xsfmc: '北京示例科技有限公司',
  Gmfnsrsbh: '91110105MA02WXYZ3K',
  Gmfmc: '北京买方有限公司',
  Kprq: '2024-02-19 10:17:57',
  Hjje: 100,
  Hjse: 6,
  Jshj: '106.00',
  XsfssjswjgDm: '11101080000',
};
const legacyItem = {
  ...shudianItem,
  Fphm: '12345678',
  Fpdm: '011002300111',
  FplxDm: '10',
  FpztDm: '02',
  Kprq: '2024-02-20',
  Hjje: '1,000.5',
  Hjse: '60.03',
  Jshj: 1060.53,
};

function answer(list: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    Response: { RequestId: 'r-1', Data: { PageNumber: 2, PageSize: 10, Total: 12, List: list, ...extra } },
  });
}

const input = (over: Partial<InvoiceListInput>): InvoiceListInput => ({
  call: 'invoice-list',
  requestBody: request,
  responseText: answer([shudianItem, legacyItem]),
  status: 200,
  page: '/invoice-query/invoice-query',
  host: 'dppt.beijing.chinatax.gov.cn',
  at: AT,
  taxpayerId: '91110105MA02WXYZ3K',
  scopeId: 's-1',
  ...over,
});

describe('readInvoiceListAnswer: normal answers', () => {
  it('reads a PascalCase answer with a 数电 and a legacy invoice', () => {
    const r = readInvoiceListAnswer(input({}));
    expect(r.problems).toEqual([]);
    expect(QueryScope.parse(r.scope)).toEqual({
      id: 's-1',
      at: AT,
      page: '/invoice-query/invoice-query',
      host: 'dppt.beijing.chinatax.gov.cn',
      direction: 'received',
      dateFrom: '2024-02-01',
      dateTo: '2024-02-29',
      statusCodes: ['01', '02', '03', '04'],
      typeCodes: [],
      pageNumber: 2,
      pageSize: 10,
      total: 12,
      rows: 2,
      taxpayerId: '91110105MA02WXYZ3K',
      ok: true,
      encrypted: false,
    });
    expect(r.sightings.map((s) => Sighting.parse(s))).toEqual([
      {
        key: '24112000000012345678',
        number: '24112000000012345678',
        date: '2024-02-19',
        total: '106.00',
        amount: '100.00',
        tax: '6.00',
        sellerTaxId: '91110108MA01ABCD2X',
        sellerName: '北京示例科技有限公司',
        buyerTaxId: '91110105MA02WXYZ3K',
        buyerName: '北京买方有限公司',
        typeCode: '82',
        statusCode: '01',
        scopeId: 's-1',
        seenAt: AT,
        via: 'api',
      },
      {
        key: '011002300111-12345678',
        number: '12345678',
        code: '011002300111',
        date: '2024-02-20',
        total: '1060.53',
        amount: '1000.50',
        tax: '60.03',
        sellerTaxId: '91110108MA01ABCD2X',
        sellerName: '北京示例科技有限公司',
        buyerTaxId: '91110105MA02WXYZ3K',
        buyerName: '北京买方有限公司',
        typeCode: '10',
        statusCode: '02',
        scopeId: 's-1',
        seenAt: AT,
        via: 'api',
      },
    ]);
  });

  it('reads a lowercase answer the same way', () => {
    const lower = JSON.stringify({
      response: {
        data: {
          total: '1',
          list: [{ fphm: '24112000000012345678', kprq: '2024-02-19', jshj: '106', fpztdm: 1, fplxdm: 82, xsfnsrsbh: ' 91110108ma01abcd2x ' }],
        },
      },
    });
    const r = readInvoiceListAnswer(input({ responseText: lower }));
    expect(r.scope).toMatchObject({ ok: true, total: 1, rows: 1, pageNumber: 2, pageSize: 10 });
    expect(r.sightings[0]).toMatchObject({ total: '106.00', statusCode: '01', typeCode: '82', sellerTaxId: '91110108MA01ABCD2X' });
  });

  it('reads 勾选 list items: Qdfphm and Fpdm + Fphm as the two keys of a 数电 paper invoice, Xfsbh, and 价税合计 from 金额 + 税额', () => {
    const gx = { GxztDm: '1', FplxDm: '85', Fpdm: '011002300111', Fphm: '12345678', Qdfphm: '24112000000087654321', Kprq: '2024-03-01', Xsfmc: '卖方', Xfsbh: '91110108MA01ABCD2X', Je: '200.00', Se: '26.00' };
    const r = readInvoiceListAnswer(input({ call: 'deduction-list', requestBody: null, responseText: answer([{ ...gx, FpztDm: '0' }]) }));
    const facts = { amount: '200.00', tax: '26.00', total: '226.00', sellerTaxId: '91110108MA01ABCD2X', typeCode: '85', statusCode: '01' };
    expect(r.sightings).toEqual([
      expect.objectContaining({ key: '24112000000087654321', number: '24112000000087654321', ...facts }),
      expect.objectContaining({ key: '011002300111-12345678', number: '12345678', code: '011002300111', ...facts }),
    ]);
    expect(r.sightings[0]).not.toHaveProperty('code');
    expect(r.scope.rows).toBe(1);
  });

  it.each([
    ['Fphm empty', ''],
    ['Fphm repeating the number', '87654321'],
  ])('keys a legacy row by ZzfpDm + Zzfphm (%s), amounts as JSON numbers', (_label, fphm) => {
    const row = { ...shudianItem, Fphm: fphm, Fpdm: '', ZzfpDm: '011002300111', Zzfphm: '87654321', FplxDm: '10', Hjje: 1000.5, Hjse: 60.03, Jshj: 1060.53 };
    const r = readInvoiceListAnswer(input({ responseText: answer([row]) }));
    expect(r.problems).toEqual([]);
    expect(r.sightings).toEqual([
      expect.objectContaining({ key: '011002300111-87654321', code: '011002300111', number: '87654321', amount: '1000.50', tax: '60.03', total: '1060.53' }),
    ]);
  });

  it.each([
    ['0 正常', '0', { statusCode: '01' }],
    ['1 失控: an 异常凭证, not 正常', '1', { statusCode: '01', riskCode: '02' }],
    ['1 sent as a number', 1, { statusCode: '01', riskCode: '02' }],
    ['2 作废', '2', { statusCode: '02' }],
    ['7 部分红冲', '7', { statusCode: '04' }],
    ['8 全额红冲', '8', { statusCode: '03' }],
    ['an unknown code', '9', {}],
    ['a 全量 code sent by mistake', '01', {}],
  ])('reads the 勾选 list status in its own codes: %s', (_label, fpztdm, expected) => {
    const gx = { FplxDm: '81', Qdfphm: '24112000000087654321', Kprq: '2024-03-01', Je: '200.00', Se: '26.00', FpztDm: fpztdm };
    const [sighting] = readInvoiceListAnswer(input({ call: 'deduction-list', responseText: answer([gx]) })).sightings;
    expect({ statusCode: sighting?.statusCode, riskCode: sighting?.riskCode }).toEqual({ statusCode: undefined, riskCode: undefined, ...expected });
  });

  it('reads 全量发票查询 status 01 as 正常, not as the 勾选 list would (1 失控)', () => {
    const [sighting] = readInvoiceListAnswer(input({})).sightings;
    expect(sighting).toMatchObject({ statusCode: '01' });
    expect(sighting).not.toHaveProperty('riskCode');
  });

  it('reads the 勾选 request dates KprqQ / KprqZ', () => {
    const body = JSON.stringify({ KprqQ: '2024-03-01', KprqZ: '2024-03-31', PageNumber: 1, PageSize: 50 });
    expect(readInvoiceListAnswer(input({ call: 'deduction-list', requestBody: body })).scope).toMatchObject({ dateFrom: '2024-03-01', dateTo: '2024-03-31' });
  });

  it.each([
    ['our own tax ID as the buyer filter narrows nothing', { gmfnsrsbh: '91110105MA02WXYZ3K' }, undefined],
    ['another buyer narrows the query', { gmfnsrsbh: '91110108MA01ABCD2X' }, ['gmfnsrsbh']],
    ['a seller filter narrows the query', { dfnsrsbh: '91110108MA01ABCD2X' }, ['dfnsrsbh']],
  ])('%s', (_label, extra, narrowedBy) => {
    const body = JSON.stringify({ Gjbq: '2', Kprqq: '2024-02-01', Kprqz: '2024-02-29', PageNumber: 1, PageSize: 10, ...extra });
    expect(readInvoiceListAnswer(input({ requestBody: body })).scope.narrowedBy).toEqual(narrowedBy);
  });

  it('finds a 数电 paper invoice of 全量发票查询 by its 20-digit Fphm and by ZzfpDm + Zzfphm', () => {
    const row = { ...shudianItem, FplxDm: '86', ZzfpDm: '011002300111', Zzfphm: '87654321' };
    const keys = readInvoiceListAnswer(input({ responseText: answer([row]) })).sightings.map((s) => s.key);
    expect(keys).toEqual([shudianItem.Fphm, '011002300111-87654321']);
  });

  it.each([
    ['page from the answer', { requestBody: JSON.stringify({ PageNumber: 9, PageSize: 99 }) }, { pageNumber: 2, pageSize: 10 }],
    [
      'page from the request when the answer has none',
      { requestBody: JSON.stringify({ pageNumber: 3, pageSize: 20 }), responseText: JSON.stringify({ Response: { Data: { List: [shudianItem] } } }) },
      { pageNumber: 3, pageSize: 20, total: null, rows: 1 },
    ],
    [
      'defaults when neither has it',
      { requestBody: null, responseText: JSON.stringify({ Response: { Data: { Total: 0, List: null } } }) },
      { pageNumber: 1, pageSize: 0, total: 0, rows: 0, ok: true },
    ],
    ['encrypted request: filters unknown', { requestBody: '{"Jmbw":"U2FsdGVk"}' }, { encrypted: true, direction: null, dateFrom: null, statusCodes: [] }],
  ])('%s', (_label, over, expected) => expect(readInvoiceListAnswer(input(over)).scope).toMatchObject(expected));
});

describe('readInvoiceListAnswer: logged out', () => {
  const LOGGED_OUT = '登录已失效，请重新登录';
  it.each([
    ['Error.Code 302', { responseText: JSON.stringify({ Response: { Error: { Code: '302', Message: '' } } }) }, 'Error.Code 302'],
    ['Error.Code 204 as a number', { responseText: JSON.stringify({ Response: { Error: { Code: 204 } } }) }, 'Error.Code 204'],
    ['Data.CodeMsg refresh', { responseText: JSON.stringify({ Response: { Data: { CodeMsg: 'refresh' } } }) }, 'Data.CodeMsg refresh'],
    ['Data.CodeMsg N', { responseText: JSON.stringify({ Response: { Error: null, Data: { CodeMsg: 'N' } } }) }, 'Data.CodeMsg N'],
    ['Data.Address to nonlogin', { responseText: JSON.stringify({ Data: { Address: 'https://tpass.beijing.chinatax.gov.cn:8443/#/nonlogin' } }) }, 'Data.Address'],
    ['HTTP 302', { status: 302, responseText: '' }, 'HTTP 302'],
    ['HTTP 412', { status: 412, responseText: answer([shudianItem]) }, 'HTTP 412'],
    ['the login page', { responseText: '<!DOCTYPE html><html><body>请登录</body></html>' }, 'a login page instead of JSON'],
  ])('%s -> a failed query that says log in again, never an empty page', (_label, over, reason) => {
    const r = readInvoiceListAnswer(input(over));
    expect(r.sightings).toEqual([]);
    expect(r.scope).toMatchObject({ ok: false, rows: 0, total: null });
    expect(r.scope.error).toContain(LOGGED_OUT);
    expect(r.scope.error).toContain(reason);
    expect(signalFromAnswerError(r.scope.error!, 1, '/p')?.kind).toBe('session-expired');
  });
});

describe('readInvoiceListAnswer: not logged out', () => {
  it.each([
    ['a 502 gateway page', { status: 502, responseText: '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>' }, 'HTTP 502'],
    ['a maintenance page', { responseText: '<html><body>系统维护中，暂停服务</body></html>' }, '应答不是 JSON (answer is not JSON)'],
  ])('%s is a failed query, not an expired session', (_label, over, error) => {
    const r = readInvoiceListAnswer(input(over));
    expect(r.scope).toMatchObject({ ok: false, error });
  });

  it('a page of invoices that also carries CodeMsg is read as the page it is', () => {
    const r = readInvoiceListAnswer(input({ responseText: answer([shudianItem], { CodeMsg: 'N' }) }));
    expect(r.scope.ok).toBe(true);
    expect(r.sightings).toHaveLength(1);
  });
});

describe('readInvoiceListAnswer: failures', () => {
  it.each([
    [
      'Response.Error',
      { responseText: JSON.stringify({ Response: { RequestId: 'r', Error: { Code: 'ZHZZ0001', Message: '身份认证已失效，请重新登录' } } }) },
      '身份认证已失效，请重新登录',
    ],
    ['Error with only a code', { responseText: JSON.stringify({ response: { error: { code: 500 } } }) }, '500'],
    ['Error as a string', { responseText: JSON.stringify({ Response: { Error: '系统繁忙' } }) }, '系统繁忙'],
    ['Error of unknown shape', { responseText: JSON.stringify({ Response: { Error: [1] } }) }, 'Response.Error'],
    ['Error beats a 2xx with data', { responseText: JSON.stringify({ Response: { Error: { Message: '无权限' }, Data: { List: [shudianItem] } } }) }, '无权限'],
    ['HTTP 502 with a body', { status: 502, responseText: answer([shudianItem]) }, 'HTTP 502'],
    ['HTTP 500 with an Error message', { status: 500, responseText: JSON.stringify({ Response: { Error: { Message: '服务异常' } } }) }, '服务异常'],
    ['network failure', { status: 0, responseText: null }, '网络请求失败 (network failure)'],
    ['empty answer', { responseText: '' }, '应答为空 (empty answer)'],
    ['JSON cut short', { responseText: '{"Response":{"Data":' }, '应答不是 JSON (answer is not JSON)'],
    ['Data with neither a list nor a total', { responseText: JSON.stringify({ Response: { Data: { Message: 'ok' } } }) }, '应答格式未知 (unexpected answer shape)'],
    ['oversized', { responseText: `{"pad":"${'x'.repeat(MAX_RESPONSE_CHARS)}"}` }, '应答过大，未读取 (answer too large)'],
    ['no Response', { responseText: '{"code":0,"data":[]}' }, '应答格式未知 (unexpected answer shape)'],
    ['no Data', { responseText: '{"Response":{"RequestId":"r"}}' }, '应答格式未知 (unexpected answer shape)'],
    ['List is not an array', { responseText: answer([], { List: 'rows' }) }, '应答格式未知 (unexpected answer shape)'],
    ['a JSON number', { responseText: '42' }, '应答格式未知 (unexpected answer shape)'],
  ])('%s -> not ok', (_label, over, error) => {
    const r = readInvoiceListAnswer(input(over));
    expect(r.sightings).toEqual([]);
    expect(QueryScope.parse(r.scope)).toMatchObject({ ok: false, error, rows: 0, total: null, pageNumber: 2, pageSize: 10 });
  });

  it.each([
    ['null', null],
    ['empty object', {}],
    ['empty code and message', { Code: '', Message: '' }],
    ['blank string', ' '],
  ])('an Error that says nothing (%s) is not a failure', (_label, error) => {
    const r = readInvoiceListAnswer(input({ responseText: JSON.stringify({ Response: { Error: error, Data: { List: [shudianItem] } } }) }));
    expect(r.scope.ok).toBe(true);
    expect(r.sightings).toHaveLength(1);
  });

  it('refuses invoice numbers sent as JSON numbers that lost precision', () => {
    const list = [
      { Fphm: 24112000000012345678 },
      { Fphm: 12345678, Fpdm: 11002300111 },
      { Fphm: 12345678, Fpdm: '011002300111', Xsfnsrsbh: 110108199001011234 },
    ];
    const r = readInvoiceListAnswer(input({ responseText: answer(list) }));
    expect(r.sightings).toEqual([expect.objectContaining({ key: '011002300111-12345678' })]);
    expect(r.sightings[0]).not.toHaveProperty('sellerTaxId');
    expect(r.problems.map((p) => p.code)).toEqual(['answer-rows-skipped']);
  });

  it('skips bad items, counts them, keeps the good ones', () => {
    const bad = [null, 'row', 42, [], {}, { Fphm: '1234' }, { Fphm: '12345678' }, { Fphm: { x: 1 } }, { ...shudianItem, Fphm: '2411200000001234567X' }];
    const r = readInvoiceListAnswer(input({ responseText: answer([...bad, { ...shudianItem, Kprq: 'garbage', Hjje: 'n/a', Jshj: null, Xsfmc: 'x'.repeat(600) }]) }));
    expect(r.scope).toMatchObject({ ok: true, rows: bad.length + 1 });
    expect(r.sightings).toHaveLength(1);
    expect(r.sightings[0]).not.toHaveProperty('date');
    expect(r.sightings[0]).not.toHaveProperty('amount');
    expect(r.sightings[0]).not.toHaveProperty('total');
    expect(r.sightings[0]).not.toHaveProperty('sellerName');
    expect(r.problems).toEqual([expect.objectContaining({ code: 'answer-rows-skipped', zh: expect.stringContaining(`${bad.length} 条`) })]);
  });

  it(`reads at most ${MAX_ROWS} rows and says so`, () => {
    const list = Array.from({ length: MAX_ROWS + 5 }, (_, i) => ({ Fphm: `2411200000${String(i).padStart(10, '0')}` }));
    const r = readInvoiceListAnswer(input({ responseText: answer(list) }));
    expect(r.sightings).toHaveLength(MAX_ROWS);
    expect(r.scope.rows).toBe(MAX_ROWS);
    expect(r.problems.map((p) => p.code)).toEqual(['answer-rows-truncated']);
  });
});
