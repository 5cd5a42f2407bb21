import { describe, expect, it } from 'vitest';
import { aScope, aSighting, anExpected, T0 } from '../reconcile/test-fixtures';
import { diagnose, PRIORITY, summarise } from './diagnose';
import { aContext, aSignal, type ContextInput } from './test-context';
import type { Finding } from './types';

const MIN = 60_000;
const ids = (fs: Finding[]) => fs.map((f) => f.id);

/** Several causes at once, to see them ordered. */
const MANY_CAUSES: ContextInput = {
  expected: anExpected({ date: '2024-04-22', typeCode: '82' }),
  scopes: [aScope({ direction: 'issued', statusCodes: ['02'], typeCodes: ['81'], total: 500, rows: 50 })],
  signals: [aSignal('session-expired', T0 + MIN)],
  online: false,
  now: T0 + 2 * MIN,
};

describe('diagnose ordering', () => {
  it.each<[string, ContextInput]>([
    ['baseline', {}],
    ['many causes', MANY_CAUSES],
    ['seen voided', { sightings: [aSighting({ statusCode: '02' })] }],
    ['nothing searched', { scopes: [] }],
  ])('%s: runs all 20 checks once, verification and escalation last', (_name, input) => {
    const findings = diagnose(aContext(input));
    expect(new Set(ids(findings)).size).toBe(20);
    expect(ids(findings).slice(-2)).toEqual(['verify-national', 'escalate']);
  });

  it.each<[string, ContextInput]>([
    ['baseline', {}],
    ['many causes', MANY_CAUSES],
    ['type filter only', { scopes: [aScope({ typeCodes: ['81'] })] }],
  ])('%s: causes, then unknowns, then oks, each in priority order', (_name, input) => {
    const ranked = diagnose(aContext(input)).slice(0, -2);
    const rank = { cause: 0, unknown: 1, ok: 2 } as const;
    const sorted = [...ranked].sort(
      (a, b) => rank[a.verdict] - rank[b.verdict] || PRIORITY.indexOf(a.id as never) - PRIORITY.indexOf(b.id as never),
    );
    expect(ids(ranked)).toEqual(ids(sorted));
  });

  it('puts blocking page signals before record and query causes', () => {
    const causes = diagnose(aContext(MANY_CAUSES)).filter((f) => f.verdict === 'cause');
    expect(ids(causes)).toEqual([
      'session-expired',
      'offline',
      'direction',
      'date-range',
      'status-filter',
      'type-filter',
    ]);
  });

  it('puts a typo before query causes', () => {
    const typo = '24112000000123456798';
    const causes = diagnose(
      aContext({
        expected: anExpected({ key: typo, number: typo }),
        sightings: [aSighting()],
        scopes: [aScope({ direction: 'issued' })],
      }),
    ).filter((f) => f.verdict === 'cause');
    expect(ids(causes)).toEqual(['typo', 'direction']);
  });
});

describe('typo and sync delay for a new invoice', () => {
  const typo = '24112000000123456780';
  const today = { expected: anExpected({ key: typo, number: typo, date: '2024-06-01' }), scopes: [aScope({ dateTo: '2024-06-30' })] };
  it.each<[string, ContextInput, string[]]>([
    [
      'the neighbour agrees on total and date only: waiting explains it',
      { ...today, sightings: [aSighting({ date: '2024-06-01', sellerTaxId: undefined })] },
      ['sync-delay'],
    ],
    [
      'the neighbour agrees on total, date and seller: the slip stays a cause',
      { ...today, sightings: [aSighting({ date: '2024-06-01' })] },
      ['typo', 'sync-delay'],
    ],
    [
      'the neighbour is another expected invoice',
      { ...today, sightings: [aSighting({ date: '2024-06-01' })], expectedKeys: [typo, anExpected().key] },
      ['sync-delay'],
    ],
  ])('%s', (_name, input, causes) => {
    expect(ids(diagnose(aContext(input)).filter((f) => f.verdict === 'cause'))).toEqual(causes);
  });
});

describe('summarise', () => {
  it.each<[string, ContextInput, 'explained' | 'unexplained' | 'visible', string | null]>([
    ['visible', { sightings: [aSighting()] }, 'visible', null],
    ['seen voided', { sightings: [aSighting({ statusCode: '02' })] }, 'explained', 'voided-or-red'],
    ['many causes: the first', MANY_CAUSES, 'explained', 'session-expired'],
    ['nothing searched', { scopes: [] }, 'explained', 'not-searched'],
    ['searched, not found, nothing explains', {}, 'unexplained', 'verify-national'],
    [
      'verified as existing, still missing',
      { verification: { key: anExpected().key, outcome: 'match', at: T0 } },
      'explained',
      'escalate',
    ],
    [
      'queried on 05-10 for May, invoice of 05-20, checked 06-01',
      { scopes: [aScope({ at: Date.UTC(2024, 4, 10, 2) })] },
      'explained',
      'date-range',
    ],
    ['only the 勾选 list searched', { scopes: [aScope({ call: 'deduction-list' })] }, 'explained', 'not-searched'],
    [
      'issue date in the future',
      { expected: anExpected({ date: '2024-06-05' }), scopes: [aScope({ dateTo: '2024-06-30' })] },
      'explained',
      'record-format',
    ],
    [
      'verification says no such invoice',
      { verification: { key: anExpected().key, outcome: 'not-found', at: T0 } },
      'explained',
      'verify-national',
    ],
  ])('%s', (_name, input, verdict, topId) => {
    const s = summarise(diagnose(aContext(input)));
    expect(s.verdict).toBe(verdict);
    expect(s.top?.id ?? null).toBe(topId);
  });
});
