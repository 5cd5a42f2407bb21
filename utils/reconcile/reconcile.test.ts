import { describe, expect, it } from 'vitest';
import type { ExpectedInvoice, QueryScope, Sighting } from '../invoice/model';
import { indexSightings, reconcile, reconcileOne, type ReconcileResult, type Visibility } from './reconcile';
import { aScope, aSighting, anExpected, ME, NUMBER } from './test-fixtures';

const OTHER = '24112000000999999999';
/** The next invoice of a split sale: consecutive number, same seller, date and total. */
const SIBLING = '24112000000123456788';
const chinaTime = (y: number, m: number, d: number, h: number, min = 0) => Date.UTC(y, m - 1, d, h - 8, min);

describe('reconcileOne status', () => {
  it.each<[string, ExpectedInvoice, Sighting[], QueryScope[], Visibility, string[]]>([
    ['seen exactly', anExpected(), [aSighting()], [aScope()], 'visible', []],
    [
      'seen voided',
      anExpected(),
      [aSighting({ statusCode: '02' })],
      [aScope()],
      'visible-with-problem',
      ['status-voided'],
    ],
    [
      'seen fully red-flushed',
      anExpected(),
      [aSighting({ statusCode: '03' })],
      [aScope()],
      'visible-with-problem',
      ['status-red'],
    ],
    [
      'seen partly red-flushed',
      anExpected(),
      [aSighting({ statusCode: '04' })],
      [aScope()],
      'visible-with-problem',
      ['status-red'],
    ],
    ['seen as 异常凭证', anExpected(), [aSighting({ riskCode: '02' })], [aScope()], 'visible-with-problem', ['risk']],
    ['seen as 疑点发票', anExpected(), [aSighting({ riskCode: '03' })], [aScope()], 'visible-with-problem', ['risk']],
    [
      'amount differs',
      anExpected(),
      [aSighting({ total: '1131.00' })],
      [aScope()],
      'visible-with-problem',
      ['amount-differs'],
    ],
    [
      'date differs',
      anExpected(),
      [aSighting({ date: '2024-05-21' })],
      [aScope()],
      'visible-with-problem',
      ['date-differs'],
    ],
    [
      'amount equal in other spelling is impossible: canonical',
      anExpected({ total: '0.10' }),
      [aSighting({ total: '0.10' })],
      [],
      'visible',
      [],
    ],
    ['seen even without any scope', anExpected(), [aSighting()], [], 'visible', []],
    ['not seen, searched', anExpected(), [aSighting({ key: OTHER, number: OTHER })], [aScope()], 'missing', []],
    ['not seen, no scope', anExpected(), [], [], 'not-yet-searched', []],
    ['not seen, only failed scope', anExpected(), [], [aScope({ ok: false })], 'not-yet-searched', []],
    ['not seen, query narrowed to one seller', anExpected(), [], [aScope({ narrowedBy: ['dfnsrsbh'] })], 'not-yet-searched', []],
    ['not seen, query narrowed to another number', anExpected(), [], [aScope({ narrowedBy: ['fphm'], numberFilter: OTHER })], 'not-yet-searched', []],
    ['not seen, query narrowed to this very number', anExpected(), [], [aScope({ narrowedBy: ['fphm'], numberFilter: NUMBER })], 'missing', []],
    [
      'not seen, other month',
      anExpected(),
      [],
      [aScope({ dateFrom: '2024-04-01', dateTo: '2024-04-30' })],
      'not-yet-searched',
      [],
    ],
    ['not seen, open-ended range', anExpected(), [], [aScope({ dateFrom: null, dateTo: null })], 'missing', []],
    [
      'not seen, range starts on the day',
      anExpected(),
      [],
      [aScope({ dateFrom: '2024-05-20', dateTo: null })],
      'missing',
      [],
    ],
    [
      'not seen, encrypted without dates',
      anExpected(),
      [],
      [aScope({ dateFrom: null, dateTo: null, encrypted: true })],
      'missing',
      [],
    ],
    ['not seen, only 开具 searched', anExpected(), [], [aScope({ direction: 'issued' })], 'not-yet-searched', []],
    [
      'not seen, issued by us, 开具 searched',
      anExpected({ sellerTaxId: ME, buyerTaxId: 'X' }),
      [],
      [aScope({ direction: 'issued' })],
      'missing',
      [],
    ],
    [
      'not seen, other taxpayer logged in',
      anExpected(),
      [],
      [aScope({ taxpayerId: '91110000OTHER00000' })],
      'not-yet-searched',
      [],
    ],
    ['not seen, only voided listed', anExpected(), [], [aScope({ statusCodes: ['02'] })], 'not-yet-searched', []],
    [
      'not seen, type filter without its type',
      anExpected({ typeCode: '82' }),
      [],
      [aScope({ typeCodes: ['81'] })],
      'not-yet-searched',
      [],
    ],
    [
      'not seen, type filter with its type',
      anExpected({ typeCode: '82' }),
      [],
      [aScope({ typeCodes: ['81', '82'] })],
      'missing',
      [],
    ],
    ['not seen, pages left unread', anExpected(), [], [aScope({ total: 120, rows: 50 })], 'not-yet-searched', []],
    [
      'not seen, all pages read',
      anExpected(),
      [],
      [aScope({ total: 60, rows: 50 }), aScope({ pageNumber: 2, total: 60, rows: 10 })],
      'missing',
      [],
    ],
    ['not seen, total unknown', anExpected(), [], [aScope({ total: null })], 'missing', []],
    // The 勾选 list never lists 普票 nor invoices before the deduction stage: it cannot show absence.
    [
      'not seen, only the deduction list searched',
      anExpected(),
      [],
      [aScope({ call: 'deduction-list' })],
      'not-yet-searched',
      [],
    ],
    ['not seen, the invoice list searched', anExpected(), [], [aScope({ call: 'invoice-list' })], 'missing', []],
    ['not seen, the result table read', anExpected(), [], [aScope({ call: 'table' })], 'missing', []],
    [
      'seen on the deduction list only',
      anExpected(),
      [aSighting({ scopeId: 'd1' })],
      [aScope({ id: 'd1', call: 'deduction-list' })],
      'visible',
      [],
    ],
    // A query covers an invoice only from 00:00 China time the day after issue (two days for 数电 paper 85/86).
    [
      'queried on 05-10 for May, issued 05-20',
      anExpected(),
      [],
      [aScope({ at: chinaTime(2024, 5, 10, 10) })],
      'not-yet-searched',
      [],
    ],
    [
      'queried on the issue day',
      anExpected(),
      [],
      [aScope({ at: chinaTime(2024, 5, 20, 23, 59) })],
      'not-yet-searched',
      [],
    ],
    ['queried at 00:00 the next day', anExpected(), [], [aScope({ at: chinaTime(2024, 5, 21, 0) })], 'missing', []],
    [
      'paper 数电 invoice queried the next day',
      anExpected({ typeCode: '86' }),
      [],
      [aScope({ at: chinaTime(2024, 5, 21, 10) })],
      'not-yet-searched',
      [],
    ],
    [
      'paper 数电 invoice queried two days later',
      anExpected({ typeCode: '86' }),
      [],
      [aScope({ at: chinaTime(2024, 5, 22, 0) })],
      'missing',
      [],
    ],
    [
      'an early query and a later one',
      anExpected(),
      [],
      [aScope({ at: chinaTime(2024, 5, 10, 10) }), aScope({ id: 'q2', at: chinaTime(2024, 6, 1, 9), pageSize: 100 })],
      'missing',
      [],
    ],
  ])('%s', (_name, inv, sightings, scopes, status, problems) => {
    const r = reconcileOne(inv, indexSightings(sightings), scopes);
    expect(r.status).toBe(status);
    expect(r.problems).toEqual(problems);
    expect(r.exact !== null).toBe(status.startsWith('visible'));
  });
});

describe('reconcile', () => {
  it('keeps the order of the expected list and uses the latest sighting of a key', () => {
    const index = indexSightings([
      aSighting({ statusCode: '02', seenAt: 2 }),
      aSighting({ statusCode: '01', seenAt: 1 }),
    ]);
    const results = reconcile([anExpected({ key: OTHER, number: OTHER }), anExpected()], index, [aScope()]);
    expect(results.map((r) => [r.key, r.status])).toEqual([
      [OTHER, 'missing'],
      [NUMBER, 'visible-with-problem'],
    ]);
    expect(results[1]?.exact?.statusCode).toBe('02');
  });

  it('searches near misses only for invoices not seen', () => {
    const typo = OTHER.slice(0, -1) + '0';
    const index = indexSightings([aSighting(), aSighting({ key: OTHER, number: OTHER })]);
    const [seen, missing] = reconcile([anExpected(), anExpected({ key: typo, number: typo })], index, [aScope()]);
    expect(seen?.nearMisses).toEqual([]);
    expect(missing?.nearMisses.map((m) => m.sighting.key)).toEqual([OTHER]);
  });
});

describe('near misses flag invoices the user also expects as siblings (split sales)', () => {
  const index = indexSightings([aSighting()]);
  const sibling = anExpected({ key: SIBLING, number: SIBLING });
  it.each<[string, () => ReconcileResult | undefined, string[]]>([
    [
      'reconcile: the neighbour is in its own input',
      () => reconcile([anExpected(), sibling], index, [aScope()])[1],
      [`${NUMBER} sibling`],
    ],
    ['reconcile: the neighbour is not expected', () => reconcile([sibling], index, [aScope()])[0], [NUMBER]],
    [
      'reconcile: explicit keys win over the input',
      () => reconcile([anExpected(), sibling], index, [aScope()], { expectedKeys: new Set() })[1],
      [NUMBER],
    ],
    ['reconcileOne: no keys given', () => reconcileOne(sibling, index, [aScope()]), [NUMBER]],
    [
      'reconcileOne: the neighbour among the expected keys',
      () => reconcileOne(sibling, index, [aScope()], { expectedKeys: new Set([NUMBER, SIBLING]) }),
      [`${NUMBER} sibling`],
    ],
  ])('%s', (_name, run, keys) => {
    expect(run()?.nearMisses.map((m) => (m.sibling ? `${m.sighting.key} sibling` : m.sighting.key))).toEqual(keys);
  });
});
