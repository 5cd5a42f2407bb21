import { describe, expect, it } from 'vitest';
import type { PageSignal, QueryScope, Sighting } from '../invoice/model';
import { Request } from '../messages';
import { boundObservation, boundedAmount, boundedInvoiceDate, cleanText, latestInvoiceDate, type Observation } from './observation-bounds';

/** 2026-11-23 10:00 in China. */
const NOW = Date.UTC(2026, 10, 23, 2, 0);
const NUMBER = '26112000000012345678';

const scope: QueryScope = {
  id: 'scope-1', at: NOW, page: '/invoice-query/invoice-query', host: 'dppt.beijing.chinatax.gov.cn', direction: 'received',
  dateFrom: '2026-11-01', dateTo: '2026-11-23', statusCodes: ['01'], typeCodes: ['81'], pageNumber: 1, pageSize: 20, total: 1,
  rows: 1, taxpayerId: '911101053579246877', ok: true, encrypted: false, call: 'invoice-list',
};
const sighting: Sighting = {
  key: NUMBER, number: NUMBER, date: '2026-11-02', total: '1130.00', sellerTaxId: '91110105102345675X', sellerName: '北京晨光文具办公用品有限公司',
  typeCode: '81', statusCode: '01', scopeId: 'scope-1', seenAt: NOW, via: 'api',
};
const signal: PageSignal = { kind: 'session-expired', at: NOW, text: '登录已失效', page: '/invoice-query/invoice-query' };
const observation: Observation = { scope, sightings: [sighting], signals: [signal], taxpayer: { taxId: '911101053579246877', name: '北京云杉数智科技有限公司', at: NOW } };

const bound = (o: Partial<Observation>) => boundObservation({ ...observation, ...o }, NOW);

describe('boundObservation', () => {
  it('passes a well-formed observation through unchanged', () => expect(bound({})).toEqual(observation));

  it('stamps every time with the content script clock, whatever the readers were given', () => {
    const out = boundObservation(
      {
        scope: { ...scope, at: 1e308 },
        sightings: [{ ...sighting, seenAt: 4_102_444_800_001, scopeId: 'other' }],
        signals: [{ ...signal, at: -1 }],
        taxpayer: { taxId: '911101053579246877', at: Number.NaN },
      },
      NOW,
    );
    expect([out.scope?.at, out.sightings[0]?.seenAt, out.signals[0]?.at, out.taxpayer?.at]).toEqual([NOW, NOW, NOW, NOW]);
    expect(out.sightings[0]?.scopeId).toBe('scope-1');
  });

  it.each([
    ['a future invoice date', { date: '2026-11-25' }, 'date'],
    ['a date before 2000', { date: '1999-12-31' }, 'date'],
    ['an amount of 14 integer digits', { total: '12345678901234.00' }, 'total'],
    ['a tax ID of another shape', { sellerTaxId: '91110105<b>X' }, 'sellerTaxId'],
    ['a type code of letters', { typeCode: 'ab' }, 'typeCode'],
  ] as const)('drops %s and keeps the row', (_label, change, field) => {
    const out = bound({ sightings: [{ ...sighting, ...change }] }).sightings;
    expect(out).toHaveLength(1);
    expect(out[0]).not.toHaveProperty(field);
  });

  it('keeps a date of tomorrow in China, which a clock slightly behind can show', () => {
    expect(bound({ sightings: [{ ...sighting, date: '2026-11-24' }] }).sightings[0]?.date).toBe('2026-11-24');
  });

  it.each([
    ['a key with a zero-width space', { key: `2611\u200B2000000012345678` }],
    ['a number that is not 8 or 20 digits', { number: '123' }],
    ['an invoice code of 11 digits', { key: `12345678901-12345678`, number: '12345678', code: '12345678901' }],
  ])('drops a row with %s', (_label, change) => expect(bound({ sightings: [{ ...sighting, ...change }] }).sightings).toEqual([]));

  it('cuts names to the model limit and makes bidi and zero-width characters harmless', () => {
    const out = bound({ sightings: [{ ...sighting, sellerName: `\u202E司公限有\u202C${'名'.repeat(300)}\u200B` }] }).sightings[0]!;
    expect(out.sellerName).toHaveLength(200);
    expect(out.sellerName).not.toMatch(/[\u200B\u202A-\u202E]/);
  });

  it('bounds the query scope: dates, codes, counts, taxpayer and error text', () => {
    const out = bound({
      scope: {
        ...scope, dateFrom: '1970-01-01', dateTo: '2099-12-31', statusCodes: Array.from({ length: 300 }, (_, i) => String(i + 100)),
        typeCodes: ['81', '<script>'], pageNumber: 1e308, pageSize: -1, total: 1e12, rows: 1e6, taxpayerId: 'x'.repeat(40), ok: false,
        error: `\u0000${'错'.repeat(1000)}`, page: `/${'p'.repeat(10_000)}`,
      },
    }).scope!;
    expect(out).toMatchObject({ dateFrom: null, dateTo: '2026-11-24', typeCodes: ['81'], pageNumber: 1, pageSize: 0, total: null, rows: 0, taxpayerId: null });
    expect(out.statusCodes).toHaveLength(50);
    expect(out.error).toHaveLength(500);
    expect(out.page).toHaveLength(500);
  });

  it('keeps at most 20 signals and bounds their text', () => {
    const out = bound({ signals: Array.from({ length: 50 }, () => ({ ...signal, text: `\u202E${'x'.repeat(900)}` })) }).signals;
    expect(out).toHaveLength(20);
    expect(out.every((s) => s.text.length === 500 && !s.text.includes('\u202E'))).toBe(true);
  });

  it('drops a taxpayer whose tax ID has the wrong shape', () => expect(bound({ taxpayer: { taxId: '__proto__', at: NOW } }).taxpayer).toBeNull());

  it('always yields a message the background accepts', () => {
    const hostile = bound({
      scope: { ...scope, id: 'i'.repeat(500), host: 'h'.repeat(500), narrowedBy: Array.from({ length: 30 }, () => 'n'.repeat(40)), numberFilter: 'x'.repeat(99) },
      sightings: Array.from({ length: 2500 }, () => ({ ...sighting, buyerName: 'b'.repeat(999), statusCode: '123456789' })),
      signals: [{ ...signal, page: 'q'.repeat(9999) }],
    });
    expect(Request.safeParse({ type: 'portal:observed', answerId: crypto.randomUUID(), ...hostile }).success).toBe(true);
  });
});

describe('field bounds', () => {
  it.each([
    ['1130.00', '1130.00'],
    ['-1130.00', '-1130.00'],
    ['9999999999999.99', '9999999999999.99'],
    ['10000000000000.00', undefined],
    [`${'9'.repeat(309)}.00`, undefined],
    ['1,130.00', undefined],
    [undefined, undefined],
  ])('amount %s -> %s', (amount, expected) => expect(boundedAmount(amount)).toBe(expected));

  it.each([
    ['2000-01-01', '2000-01-01'],
    ['1999-12-31', undefined],
    ['2026-11-24', '2026-11-24'],
    ['2026-11-25', undefined],
    ['9999-12-31', undefined],
    ['2026-1-02', undefined],
  ])('invoice date %s -> %s', (date, expected) => expect(boundedInvoiceDate(date, NOW)).toBe(expected));

  it('takes tomorrow in China, not in UTC: at 23:30 UTC it is already the next day there', () => {
    expect(latestInvoiceDate(Date.UTC(2026, 10, 23, 23, 30))).toBe('2026-11-25');
  });

  it.each([
    ['\u202Eevil\u202C name', 'evil name'],
    ['a\u200Bb\u200Dc\uFEFF', 'abc'],
    ['line\nbreak\ttab', 'line break tab'],
    ['  spaced   out  ', 'spaced out'],
    ['lone \uD800 surrogate', 'lone surrogate'],
  ])('cleanText(%j) -> %j', (text, expected) => expect(cleanText(text, 100)).toBe(expected));

  it('never cuts a character in half', () => expect(cleanText('a😀', 2)).toBe('a'));
});
