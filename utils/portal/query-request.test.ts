import { describe, expect, it } from 'vitest';
import { MAX_REQUEST_BODY_CHARS } from './hook-constants';
import { readQueryRequest, type ParsedQuery } from './query-request';

const unknown: ParsedQuery = {
  direction: null,
  dateFrom: null,
  dateTo: null,
  statusCodes: [],
  typeCodes: [],
  pageNumber: null,
  pageSize: null,
  encrypted: false,
    narrowedBy: [],
    numberFilter: null,
};

describe('readQueryRequest: narrowing filters', () => {
  it.each([
    ['every source (FplyDm 0) and no other filter', { FplyDm: '0', Sflzfp: '', fphm: '' }, [], null],
    ['a source', { FplyDm: '2' }, ['FplyDm'], null],
    ['blue or red only', { Sflzfp: 'Y' }, ['Sflzfp'], null],
    ['one number', { fphm: '24112000000012345678' }, ['fphm'], '24112000000012345678'],
    ['a counterparty and a 填发日期 range', { dfnsrsbh: '91110108MA01ABCD2X', dfnsrmc: '某公司', Tfrqq: '2024-01-01', Tfrqz: '2024-01-31' }, ['dfnsrsbh', 'dfnsrmc', 'Tfrqq', 'Tfrqz'], null],
  ])('%s', (_label, extra, narrowedBy, numberFilter) => {
    const body = JSON.stringify({ Gjbq: '2', Kprqq: '2024-01-01', Kprqz: '2024-01-31', PageNumber: '1', PageSize: '20', ...extra });
    expect(readQueryRequest(body)).toMatchObject({ narrowedBy, numberFilter, pageNumber: 1, pageSize: 20 });
  });
});

describe('readQueryRequest', () => {
  it.each<[string, string | null, ParsedQuery]>([
    [
      'PascalCase',
      JSON.stringify({
        Gjbq: '2',
        FpztDm: ['01', '02', '03', '04'],
        FplxDm: ['81', '82'],
        Kprqq: '2024-01-01',
        Kprqz: '2024-03-31',
        PageNumber: 1,
        PageSize: 50,
      }),
      {
        direction: 'received',
        dateFrom: '2024-01-01',
        dateTo: '2024-03-31',
        statusCodes: ['01', '02', '03', '04'],
        typeCodes: ['81', '82'],
        pageNumber: 1,
        pageSize: 50,
        encrypted: false,
    narrowedBy: [],
    numberFilter: null,
      },
    ],
    [
      'camelCase with numbers and comma strings',
      JSON.stringify({ gjbq: 1, fpztDm: '01,02', fplxDm: [81, 4], kprqq: 20240201, kprqz: '2024-02-29 23:59:59', pageNumber: '3', pageSize: '20' }),
      {
        direction: 'issued',
        dateFrom: '2024-02-01',
        dateTo: '2024-02-29',
        statusCodes: ['01', '02'],
        typeCodes: ['81', '04'],
        pageNumber: 3,
        pageSize: 20,
        encrypted: false,
    narrowedBy: [],
    numberFilter: null,
      },
    ],
    [
      'lowercase with empty filters',
      JSON.stringify({ gjbq: '2', fpztdm: [], fplxdm: '', kprqq: '2024/5/1', kprqz: '', pagenumber: 2, pagesize: 10 }),
      { ...unknown, direction: 'received', dateFrom: '2024-05-01', pageNumber: 2, pageSize: 10 },
    ],
    ['encrypted', JSON.stringify({ Jmbw: 'U2FsdGVkX1+abc==' }), { ...unknown, encrypted: true, narrowedBy: [], numberFilter: null }],
    ['encrypted, lowercase', JSON.stringify({ jmbw: 'abc', gjbq: '1' }), { ...unknown, encrypted: true, narrowedBy: [], numberFilter: null }],
    ['unknown direction and bad dates', JSON.stringify({ Gjbq: '3', Kprqq: '2024-02-30', Kprqz: 'soon' }), unknown],
    ['garbage values', JSON.stringify({ Gjbq: { a: 1 }, FpztDm: [{}], FplxDm: ['x', 'ab'], PageNumber: -1, PageSize: 1.5 }), unknown],
    ['null', null, { ...unknown, encrypted: true, narrowedBy: [], numberFilter: null }],
    ['not JSON', 'Gjbq=1&Kprqq=2024-01-01', { ...unknown, encrypted: true, narrowedBy: [], numberFilter: null }],
    ['a JSON array', '[1,2]', { ...unknown, encrypted: true, narrowedBy: [], numberFilter: null }],
    ['oversized', JSON.stringify({ Gjbq: '1', pad: 'x'.repeat(MAX_REQUEST_BODY_CHARS) }), { ...unknown, encrypted: true, narrowedBy: [], numberFilter: null }],
  ])('%s', (_label, body, expected) => expect(readQueryRequest(body)).toEqual(expected));

  it('returns fresh arrays each time', () => {
    readQueryRequest(null).statusCodes.push('01');
    expect(readQueryRequest(null).statusCodes).toEqual([]);
  });
});
