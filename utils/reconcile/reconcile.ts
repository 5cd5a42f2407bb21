import type { ExpectedInvoice, QueryScope } from '../invoice/model';
import { groupCouldCover } from './coverage';
import { possibleTypeCodes } from './invoice-types';
import { findNearMisses } from './near-miss';
import { queryGroups, type QueryGroup } from './query-groups';
import { exactSighting, type SightingIndex } from './sighting-index';
import { sightingProblems } from './sighting-problems';
import type { ReconcileResult } from './types';

export type { NearMiss, NearMissKind, ReconcileResult, SightingProblem, Visibility } from './types';
export { indexSightings, type SightingIndex } from './sighting-index';

function reconcileIn(inv: ExpectedInvoice, index: SightingIndex, groups: readonly QueryGroup[]): ReconcileResult {
  const exact = exactSighting(index, inv.key);
  if (exact) {
    const problems = sightingProblems(inv, exact);
    return {
      key: inv.key,
      status: problems.length ? 'visible-with-problem' : 'visible',
      exact,
      nearMisses: [],
      problems,
    };
  }
  const types = possibleTypeCodes(inv);
  const searched = groups.some((g) => groupCouldCover(g, inv, types));
  return {
    key: inv.key,
    status: searched ? 'missing' : 'not-yet-searched',
    exact: null,
    nearMisses: findNearMisses(inv, index),
    problems: [],
  };
}

export function reconcileOne(expected: ExpectedInvoice, index: SightingIndex, scopes: QueryScope[]): ReconcileResult {
  return reconcileIn(expected, index, queryGroups(scopes));
}

export function reconcile(expected: ExpectedInvoice[], index: SightingIndex, scopes: QueryScope[]): ReconcileResult[] {
  const groups = queryGroups(scopes);
  return expected.map((inv) => reconcileIn(inv, index, groups));
}
