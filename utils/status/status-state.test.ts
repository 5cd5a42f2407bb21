import { describe, expect, it } from 'vitest';
import type { ExpectedInvoice, PageSignal, QueryScope, Sighting, Verification } from '../invoice/model';
import { prng } from '../invoice/test-prng';
import { aScope, aSighting, anExpected, ME, OTHER_TAX_ID, T0 } from '../reconcile/test-fixtures';
import { buildStatusReport, diagnoseKey } from '../report/status-report';
import { MAX_SCOPES, MAX_SIGNALS } from '../store/history-limits';
import { mergeSighting } from '../store/merge-sighting';
import type { Observation, Snapshot } from '../store/repository';
import { StatusState } from './status-state';
import type { StatusReport, StatusRow } from './types';

/** Numbers one slip apart, so near misses, siblings and typo fixes all happen. */
const NUMBERS = ['24112000000123456789', '24112000000123456788', '24112000000123456798', '24112000000123456780', '24112000000123459789', '24112000000133456789'];

/** What the store holds after the same changes: the reference buildStatusReport reads. */
function emptySnapshot(): Snapshot {
  return { expected: [], sightings: [], scopes: [], signals: [], verifications: [], taxpayer: null };
}

function applyToSnapshot(snap: Snapshot, obs: Observation): Snapshot {
  const sightings = new Map(snap.sightings.map((s) => [s.key, s]));
  for (const s of obs.sightings) sightings.set(s.key, mergeSighting(sightings.get(s.key), s));
  const scopes = obs.scope ? [...snap.scopes.filter((s) => s.id !== obs.scope!.id), obs.scope] : snap.scopes;
  return {
    ...snap,
    sightings: [...sightings.values()],
    scopes: [...scopes].sort((a, b) => a.at - b.at).slice(-MAX_SCOPES),
    signals: [...snap.signals, ...obs.signals].sort((a, b) => a.at - b.at).slice(-MAX_SIGNALS),
    taxpayer: obs.taxpayer && (!snap.taxpayer || snap.taxpayer.at < obs.taxpayer.at) ? obs.taxpayer : snap.taxpayer,
  };
}

function byKey(report: StatusReport) {
  return new Map(report.rows.map((r) => [r.invoice.key, r]));
}

function expectSame(state: StatusState, snap: Snapshot, now: number): void {
  const incremental = state.report();
  const full = buildStatusReport(snap, now);
  expect(byKey(incremental)).toEqual(byKey(full));
  expect(incremental.notVisible).toBe(full.notVisible);
  expect(incremental.lastQueryAt).toBe(full.lastQueryAt);
  expect(incremental.rows.map((r) => r.status)).toEqual(full.rows.map((r) => r.status));
}

describe('StatusState', () => {
  it.each(Array.from({ length: 16 }, (_, i) => i + 1))('after random changes (seed %i) equals a full status report', (seed) => {
    const { next: rand, pick } = prng(seed);
    let snap = emptySnapshot();
    // The checks' clock stands still (a day later headlines change by the clock alone: see refresh); events move on.
    const now = T0 + 40 * 86_400_000;
    let at = T0;
    const state = new StatusState(snap, now);
    // What a store kept current from takeChanged() alone would hold.
    const stored = new Map<string, StatusRow>();
    for (let step = 0; step < 60; step++) {
      at += 3_600_000;
      const roll = rand();
      if (roll < 0.25) {
        const number = pick(NUMBERS);
        if (snap.expected.some((e) => e.key === number)) continue;
        const inv = anExpected({ key: number, number, total: pick(['1130.00', '99.00']), date: pick(['2024-05-20', '2024-06-03']), addedAt: at, updatedAt: at });
        snap = { ...snap, expected: [...snap.expected, inv] };
        state.putInvoice(inv, now);
      } else if (roll < 0.35 && snap.expected.length) {
        const old = pick(snap.expected);
        const number = pick(NUMBERS);
        if (number !== old.key && snap.expected.some((e) => e.key === number)) continue;
        const fixed: ExpectedInvoice = { ...old, key: number, number, updatedAt: at };
        snap = {
          ...snap,
          expected: [...snap.expected.filter((e) => e.key !== old.key), fixed],
          verifications: snap.verifications.filter((v) => v.key !== old.key),
        };
        state.putInvoice(fixed, now, old.key);
      } else if (roll < 0.42 && snap.expected.length) {
        const gone = pick(snap.expected).key;
        snap = { ...snap, expected: snap.expected.filter((e) => e.key !== gone), verifications: snap.verifications.filter((v) => v.key !== gone) };
        state.removeInvoice(gone, now);
      } else if (roll < 0.5 && snap.expected.length) {
        const v: Verification = { key: pick(snap.expected).key, outcome: pick(['match', 'not-found', 'mismatch'] as const), at };
        snap = { ...snap, verifications: [...snap.verifications.filter((x) => x.key !== v.key), v] };
        state.putVerification(v, now);
      } else {
        const month = pick(['05', '06']);
        // Now and then a page of the same query read again (the same id), as the portal's paging does.
        const id = rand() < 0.2 && snap.scopes.length ? pick(snap.scopes).id : `q${step}`;
        const scope: QueryScope = aScope({
          id,
          at,
          dateFrom: `2024-${month}-01`,
          dateTo: `2024-${month}-${month === '05' ? '31' : '30'}`,
          direction: pick(['received', 'issued', null] as const),
          ok: rand() > 0.15,
          total: 10,
          rows: pick([5, 10]),
          taxpayerId: pick([ME, ME, OTHER_TAX_ID]),
        });
        const sightings: Sighting[] = (rand() < 0.4 ? [] : NUMBERS).filter(() => rand() < 0.25).map((number) =>
          aSighting({ key: number, number, seenAt: at, scopeId: scope.id, statusCode: pick(['01', '01', '02']), total: pick(['1130.00', '99.00']) }),
        );
        // Rarely a flood of page messages, past what the store keeps.
        const count = rand() < 0.05 ? 300 : rand() < 0.2 ? 1 : 0;
        const signals: PageSignal[] = Array.from({ length: count }, (_, i) => ({ kind: pick(['session-expired', 'request-failed'] as const), at: at + i, text: '会话已失效', page: '/x' }));
        // Sometimes only who is logged in changes, now and then as an older report arriving late.
        const taxpayer = rand() < 0.4 ? { taxId: pick([ME, OTHER_TAX_ID]), at: at - pick([0, 0, 7_200_000]) } : null;
        const obs: Observation = { scope: rand() < 0.7 ? scope : null, sightings, signals, taxpayer };
        snap = applyToSnapshot(snap, obs);
        state.observe(obs, now);
      }
      expectSame(state, snap, now);
      for (const [key, row] of state.takeChanged()) row ? stored.set(key, row) : stored.delete(key);
      expect(stored).toEqual(byKey(state.report()));
    }
    for (const e of snap.expected) expect(state.findings(e.key, now, true)).toEqual(diagnoseKey(snap, e.key, now, true));
  });

  it('keeps near misses right once the small index of new sightings is folded into the big one', () => {
    const inv = anExpected();
    let snap: Snapshot = { ...emptySnapshot(), expected: [inv], scopes: [aScope()] };
    const state = new StatusState(snap, T0);
    // More new sightings than the small index keeps, then one more that is a slip of the expected number.
    const many = Array.from({ length: 5_001 }, (_, i) => aSighting({ key: `2411300000${String(i).padStart(10, '0')}`, number: `2411300000${String(i).padStart(10, '0')}` }));
    const slip = aSighting({ key: NUMBERS[1], number: NUMBERS[1] });
    for (const obs of [{ scope: null, sightings: many, signals: [], taxpayer: null }, { scope: null, sightings: [slip], signals: [], taxpayer: null }]) {
      snap = applyToSnapshot(snap, obs);
      state.observe(obs, T0);
    }
    expectSame(state, snap, T0);
    expect(state.report().rows[0]?.headline?.id).toBe('typo');
  });

  it('takes a query without a row as searching every invoice it covers', () => {
    const inv = anExpected();
    const state = new StatusState({ ...emptySnapshot(), expected: [inv] }, T0);
    expect(state.report().rows[0]?.status).toBe('not-yet-searched');
    // Its headline is brought up to date by flush(), at the latest when it is read.
    expect(state.observe({ scope: aScope({ total: 0, rows: 0 }), sightings: [], signals: [], taxpayer: null }, T0).size).toBe(0);
    expect(state.pending).toBe(1);
    expect(state.report().rows[0]?.status).toBe('missing');
    expect(state.pending).toBe(0);
  });

  it('no longer offers a seen neighbour as the fix once the user expects that invoice too', () => {
    const slip = NUMBERS[1]!;
    const inv = anExpected();
    const snap: Snapshot = { ...emptySnapshot(), expected: [inv], sightings: [aSighting({ key: slip, number: slip })], scopes: [aScope()] };
    const state = new StatusState(snap, T0);
    const before = state.row(inv.key)?.headline;
    expect(before?.id).toBe('typo');
    const sibling = anExpected({ key: slip, number: slip });
    state.putInvoice(sibling, T0);
    expect(state.row(inv.key)?.headline).toEqual(buildStatusReport({ ...snap, expected: [inv, sibling] }, T0).rows.find((r) => r.invoice.key === inv.key)?.headline);
    expect(state.row(inv.key)?.headline).not.toEqual(before);
  });

  it('reports only the rows needing attention when asked, with the counts of all', () => {
    const seen = anExpected();
    const unseen = anExpected({ key: NUMBERS[5], number: NUMBERS[5] });
    const state = new StatusState({ ...emptySnapshot(), expected: [seen, unseen], sightings: [aSighting()], scopes: [aScope()] }, T0);
    const report = state.report('attention');
    expect(report.rows.map((r) => r.invoice.key)).toEqual([NUMBERS[5]]);
    expect(report.counts).toEqual({ expected: 2, visible: 1, problem: 0, missing: 1, notSearched: 0 });
  });

  it('names the soonest recheck time still ahead', () => {
    // Issued today and searched at once: the portal may not list it yet, so the headline waits for a time.
    const inv = anExpected({ date: '2024-06-01' });
    const state = new StatusState({ ...emptySnapshot(), expected: [inv], scopes: [aScope({ dateFrom: '2024-06-01', dateTo: '2024-06-30', at: T0 })] }, T0);
    const at = state.report().rows[0]?.headline?.next?.action;
    expect(at?.kind).toBe('recheck-at');
    expect(state.summary().counts.notSearched + state.summary().counts.missing).toBe(1);
    expect(state.nextRecheckAfter(T0)).toBe(at?.kind === 'recheck-at' ? at.at : null);
    expect(state.nextRecheckAfter(Number.MAX_SAFE_INTEGER)).toBeNull();
  });
});
