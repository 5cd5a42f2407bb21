import { describe, expect, it } from 'vitest';
import { aScope, aSighting, anExpected, NUMBER, T0 } from '../reconcile/test-fixtures';
import { buildStatusReport, diagnoseKey } from '../report/status-report';
import type { Snapshot } from '../store/repository';

/** A split sale: the seller issued NUMBER and the next number with the same seller, date and total. */
const SIBLING = '24112000000123456788';

function snapshot(expectedKeys: string[]): Snapshot {
  return {
    expected: expectedKeys.map((key) => anExpected({ key, number: key })),
    sightings: [aSighting()],
    scopes: [aScope()],
    signals: [],
    verifications: [],
    taxpayer: null,
  };
}

describe('status report: another expected invoice as the neighbour is asked about, not blamed', () => {
  it.each<[string, string[], string | null]>([
    ['both invoices of a split sale expected: asks, never a typo', [NUMBER, SIBLING], 'unknown'],
    ['only the unseen one expected: typo', [SIBLING], 'cause'],
  ])('%s', (_name, keys, verdict) => {
    const findings = diagnoseKey(snapshot(keys), SIBLING, T0, null);
    expect(findings?.find((f) => f.id === 'typo')?.verdict ?? null).toBe(verdict);
    const row = buildStatusReport(snapshot(keys), T0).rows.find((r) => r.invoice.key === SIBLING);
    // Both ways the neighbour heads the report: as the fix, or as the question to settle before escalating.
    expect(row?.headline?.id).toBe('typo');
    expect(row?.headline?.verdict).toBe(verdict);
  });
});
