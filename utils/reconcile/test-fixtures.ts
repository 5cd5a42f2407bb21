import type { ExpectedInvoice, QueryScope, Sighting } from '../invoice/model';

/** Builders for tests: a received Beijing 数电 invoice, a sighting of it and a May 2024 取得 query that found it. */
export const ME = '91110000MA01ABCD52';
export const SELLER = '91110108MA02EFGH7A';
/** Another valid tax ID: an old ID of ours, or another company. */
export const OTHER_TAX_ID = '91110105MA03JKLM1M';
export const NUMBER = '24112000000123456789';
export const T0 = Date.UTC(2024, 5, 1, 2); // 2024-06-01 10:00 China time

export function anExpected(over: Partial<ExpectedInvoice> = {}): ExpectedInvoice {
  return {
    key: NUMBER,
    kind: 'shudian',
    number: NUMBER,
    date: '2024-05-20',
    total: '1130.00',
    sellerTaxId: SELLER,
    buyerTaxId: ME,
    origins: {},
    addedAt: T0,
    updatedAt: T0,
    ...over,
  };
}

export function aLegacy(code: string, number: string, over: Partial<ExpectedInvoice> = {}): ExpectedInvoice {
  return anExpected({ key: `${code}-${number}`, kind: 'legacy', code, number, ...over });
}

export function aSighting(over: Partial<Sighting> = {}): Sighting {
  return {
    key: NUMBER,
    number: NUMBER,
    date: '2024-05-20',
    total: '1130.00',
    sellerTaxId: SELLER,
    buyerTaxId: ME,
    typeCode: '82',
    statusCode: '01',
    riskCode: '01',
    scopeId: 'q1',
    seenAt: T0,
    via: 'api',
    ...over,
  };
}

export function aScope(over: Partial<QueryScope> = {}): QueryScope {
  return {
    id: 'q1',
    at: T0,
    page: '/invoice-query/invoice-query',
    host: 'dppt.beijing.chinatax.gov.cn',
    direction: 'received',
    dateFrom: '2024-05-01',
    dateTo: '2024-05-31',
    statusCodes: [],
    typeCodes: [],
    pageNumber: 1,
    pageSize: 50,
    total: 3,
    rows: 3,
    taxpayerId: ME,
    ok: true,
    encrypted: false,
    ...over,
  };
}
