import { diagnose, summarise } from '../diagnose/diagnose';
import type { Finding } from '../diagnose/types';
import { indexSightings, reconcile, reconcileOne, type ReconcileResult } from '../reconcile/reconcile';
import { byStatusThenDate, type StatusReport, type StatusRow } from '../status/types';
import type { ExpectedInvoice, Verification } from '../invoice/model';
import type { Snapshot } from '../store/repository';

function latestScopeAt(snap: Snapshot): number | null {
  return snap.scopes.reduce<number | null>((max, s) => (max === null || s.at > max ? s.at : max), null);
}

/** The full, ordered diagnosis of one invoice against the snapshot's portal evidence. */
export function findingsFor(
  snap: Snapshot,
  expected: ExpectedInvoice,
  result: ReconcileResult,
  verification: Verification | null,
  now: number,
  online: boolean | null,
): Finding[] {
  return diagnose({ expected, result, scopes: snap.scopes, signals: snap.signals, taxpayer: snap.taxpayer, verification, now, online });
}

/**
 * Every expected invoice with its visibility, not-visible ones first, each with the headline cause, computed from
 * scratch. The background keeps the same report incrementally (utils/status/status-state.ts); this is its definition
 * in tests and the full-recompute figure in the bench.
 */
export function buildStatusReport(snap: Snapshot, now: number, online: boolean | null = null): StatusReport {
  const results = reconcile(snap.expected, indexSightings(snap.sightings), snap.scopes);
  const byKey = new Map(snap.expected.map((e) => [e.key, e]));
  const verifications = new Map(snap.verifications.map((v) => [v.key, v]));
  const rows: StatusRow[] = results.map((result) => {
    const invoice = byKey.get(result.key)!;
    const verification = verifications.get(result.key) ?? null;
    const headline = result.status === 'visible' ? null : summarise(findingsFor(snap, invoice, result, verification, now, online)).top;
    return { invoice, status: result.status, headline };
  });
  rows.sort(byStatusThenDate);
  const count = (s: StatusRow['status']) => rows.filter((r) => r.status === s).length;
  const counts = { expected: rows.length, visible: count('visible'), problem: count('visible-with-problem'), missing: count('missing'), notSearched: count('not-yet-searched') };
  return {
    rows,
    counts,
    notVisible: counts.missing + counts.notSearched,
    lastQueryAt: latestScopeAt(snap),
    taxpayer: snap.taxpayer,
  };
}

/** One invoice's visibility and full, ordered diagnosis, or null if it is not in the list. */
export function diagnosisOf(
  snap: Snapshot,
  key: string,
  now: number,
  online: boolean | null,
): { expected: ExpectedInvoice; result: ReconcileResult; findings: Finding[] } | null {
  const expected = snap.expected.find((e) => e.key === key);
  if (!expected) return null;
  // Every expected key, not just this one: a seen neighbour the user also expects is a split-sale sibling, not a typo.
  const result = reconcileOne(expected, indexSightings(snap.sightings), snap.scopes, {
    expectedKeys: new Set(snap.expected.map((e) => e.key)),
  });
  const findings = findingsFor(snap, expected, result, snap.verifications.find((v) => v.key === key) ?? null, now, online);
  return { expected, result, findings };
}

/** The full, ordered diagnosis for one expected invoice, or null if it is not in the list. */
export function diagnoseKey(snap: Snapshot, key: string, now: number, online: boolean | null): Finding[] | null {
  return diagnosisOf(snap, key, now, online)?.findings ?? null;
}
