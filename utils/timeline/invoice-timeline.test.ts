import { describe, expect, it } from 'vitest';
import type { Activity, QueryScope, Sighting } from '../invoice/model';
import { aScope, aSighting, anExpected, NUMBER, T0 } from '../reconcile/test-fixtures';
import { invoiceTimeline, sightingMarks, type TimelineEvent, type TimelineInput } from './invoice-timeline';

const HOUR = 3_600_000;

function act(kind: Activity['kind'], at: number, detail?: string, key = NUMBER): Activity {
  return { id: `${kind}-${at}`, key, at, kind, ...(detail ? { detail } : {}) };
}

function timeline(over: Partial<TimelineInput> = {}): TimelineEvent[] {
  return invoiceTimeline({ invoice: anExpected(), activity: [], scopes: [], sighting: null, verification: null, ...over });
}

/** `query:q2:seen`, `activity:noted`: enough to read an order at a glance. */
function label(e: TimelineEvent): string {
  if (e.type === 'activity') return `activity:${e.activity.kind}`;
  if (e.type === 'query') return `query:${e.scope.id}:${e.seen}`;
  if (e.type === 'sighting') return `sighting:${e.scope?.id ?? '-'}`;
  return `verification:${e.verification.outcome}`;
}

// Three different queries of May, each one page; q2 listed the invoice.
const q1 = aScope({ id: 'q1', at: T0, direction: 'issued' });
const q2 = aScope({ id: 'q2', at: T0 + 2 * HOUR });
const q3 = aScope({ id: 'q3', at: T0 + 4 * HOUR, pageSize: 100 });
const seenByQ2 = aSighting({ scopeId: 'q2', seenAt: q2.at });

describe('invoiceTimeline', () => {
  it('puts history, queries and a 查验 in one list, oldest first', () => {
    const events = timeline({
      activity: [act('imported', T0 - HOUR, '供应商发票.pdf'), act('fixed', T0 + HOUR, 'total: 1.00 → 1130.00'), act('noted', T0 + 5 * HOUR)],
      scopes: [q3, q1, q2],
      sighting: seenByQ2,
      verification: { key: NUMBER, outcome: 'match', at: T0 + 3 * HOUR },
    });
    expect(events.map(label)).toEqual([
      'activity:imported',
      'query:q1:unknown',
      'activity:fixed',
      'query:q2:seen',
      'verification:match',
      'query:q3:not-seen',
      'activity:noted',
    ]);
    expect(events[0]).toMatchObject({ activity: { detail: '供应商发票.pdf' } });
  });

  it.each<[string, Sighting | null, string[]]>([
    ['never seen: every query is an absence', null, ['query:q1:not-seen', 'query:q2:not-seen', 'query:q3:not-seen']],
    ['seen by q2: earlier is unknown, later an absence', seenByQ2, ['query:q1:unknown', 'query:q2:seen', 'query:q3:not-seen']],
    ['seen by q3, the latest', aSighting({ scopeId: 'q3', seenAt: q3.at }), ['query:q1:unknown', 'query:q2:unknown', 'query:q3:seen']],
    ['a page no longer kept: matched by the time it was read', aSighting({ scopeId: 'trimmed', seenAt: q2.at }), ['query:q1:unknown', 'query:q2:seen', 'query:q3:not-seen']],
  ])('%s', (_, sighting, expected) => {
    expect(timeline({ scopes: [q1, q2, q3], sighting }).map(label)).toEqual(expected);
  });

  it('dates a seen query by when it listed the invoice, others by their first page', () => {
    const events = timeline({ scopes: [q1, q2], sighting: aSighting({ scopeId: 'q2', seenAt: q2.at + 5000 }) });
    expect(events.map((e) => e.at)).toEqual([q1.at, q2.at + 5000]);
  });

  it('makes one query of its pages, seen when any page listed the invoice', () => {
    const page1 = aScope({ id: 'p1', at: T0, total: 80, rows: 50 });
    const page2 = aScope({ id: 'p2', at: T0 + 60_000, pageNumber: 2, total: 80, rows: 30 });
    expect(timeline({ scopes: [page1, page2], sighting: aSighting({ scopeId: 'p2', seenAt: page2.at }) }).map(label)).toEqual(['query:p2:seen']);
  });

  it('leaves out queries whose dates cannot include the invoice', () => {
    const june = aScope({ id: 'june', at: T0 + HOUR, dateFrom: '2024-06-01', dateTo: '2024-06-30' });
    expect(timeline({ scopes: [q1, june] }).map(label)).toEqual(['query:q1:not-seen']);
  });

  it('keeps the query that listed the invoice even when made before it was expected to be listed', () => {
    // Listed on its issue day (before visibleAt), queried again later: the report leaves the early query out.
    const early = aScope({ id: 'early', at: Date.UTC(2024, 4, 20, 8), pageSize: 20, total: 1, rows: 1 });
    const events = timeline({ scopes: [early, q2], sighting: aSighting({ scopeId: 'early', seenAt: early.at }) });
    expect(events.map(label)).toEqual(['query:early:seen', 'query:q2:not-seen']);
  });

  it('shows a sighting from the 勾选 list, which is no query of the invoice list, on its own', () => {
    const deduction = aScope({ id: 'gx', at: T0 + HOUR, call: 'deduction-list' });
    const events = timeline({ scopes: [q1, deduction], sighting: aSighting({ scopeId: 'gx', seenAt: deduction.at }) });
    expect(events.map(label)).toEqual(['query:q1:unknown', 'sighting:gx']);
  });

  it('follows a fix that moved the key: the history and the sighting are the new key’s, an old 查验 is not', () => {
    const fixed = '24112000000123456780';
    const invoice = anExpected({ key: fixed, number: fixed, updatedAt: T0 + 3 * HOUR });
    const events = timeline({
      invoice,
      // moveActivity put the old key's history under the new key; the query ran before the fix and listed the right number.
      activity: [act('added', T0 - HOUR, undefined, fixed), act('fixed', T0 + 3 * HOUR, `number: ${NUMBER} → ${fixed}`, fixed)],
      scopes: [q2],
      sighting: aSighting({ key: fixed, number: fixed, scopeId: 'q2', seenAt: q2.at }),
      verification: { key: NUMBER, outcome: 'not-found', at: T0 },
    });
    expect(events.map(label)).toEqual(['activity:added', 'query:q2:seen', 'activity:fixed']);
  });

  it('lists a 查验 once: the history’s entry when there is one', () => {
    const verification = { key: NUMBER, outcome: 'mismatch' as const, at: T0 };
    expect(timeline({ activity: [act('verified', T0, 'mismatch')], verification }).map(label)).toEqual(['activity:verified']);
    expect(timeline({ verification }).map(label)).toEqual(['verification:mismatch']);
  });
});

describe('sightingMarks', () => {
  it('places each query and sighting from the first (0) to the last (1), with whether it listed the invoice', () => {
    const deduction = aScope({ id: 'gx', at: T0 + 6 * HOUR, call: 'deduction-list' });
    const scopes: QueryScope[] = [q1, q2, q3, deduction];
    const events = timeline({ activity: [act('added', T0 - HOUR)], scopes, sighting: aSighting({ scopeId: 'gx', seenAt: deduction.at }) });
    expect(sightingMarks(events).map(({ seen, x }) => [seen, x])).toEqual([
      ['unknown', 0],
      ['unknown', 1 / 3],
      ['unknown', 2 / 3],
      ['seen', 1],
    ]);
  });

  it('centres a lone mark and has none without queries', () => {
    expect(sightingMarks(timeline({ scopes: [q1] })).map((m) => m.x)).toEqual([0.5]);
    expect(sightingMarks(timeline({ activity: [act('added', T0)] }))).toEqual([]);
  });
});
