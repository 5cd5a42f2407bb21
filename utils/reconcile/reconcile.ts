import type { ExpectedInvoice, QueryScope } from '../invoice/model';
import { groupCouldCover } from './coverage';
import { possibleTypeCodes } from './invoice-types';
import { findNearMisses } from './near-miss';
import { queryGroups, type QueryGroup } from './query-groups';
import { exactSighting, type SightingIndex } from './sighting-index';
import { sightingProblems } from './sighting-problems';
import type { ReconcileResult } from './types';
import { visibleFrom } from './visibility';

export type { NearMiss, NearMissKind, ReconcileResult, SightingProblem, Visibility } from './types';
export { indexSightings, type SightingIndex } from './sighting-index';

interface ReconcileOptions {
  /**
   * Keys of every invoice the user expects. A seen invoice with one of these keys is flagged as a sibling among
   * another's near misses, never a plain typo candidate (a split sale, or a duplicate record). reconcile() takes its
   * own input's keys when not given; reconcileOne() flags none unless given.
   */
  expectedKeys?: ReadonlySet<string>;
}

function reconcileIn(
  inv: ExpectedInvoice,
  index: SightingIndex,
  groups: readonly QueryGroup[],
  expectedKeys: ReadonlySet<string> | undefined,
): ReconcileResult {
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
  const visibleAt = visibleFrom(inv);
  const searched = groups.some((g) => groupCouldCover(g, inv, types, visibleAt));
  return {
    key: inv.key,
    status: searched ? 'missing' : 'not-yet-searched',
    exact: null,
    nearMisses: findNearMisses(inv, index, expectedKeys),
    problems: [],
  };
}

export function reconcileOne(
  expected: ExpectedInvoice,
  index: SightingIndex,
  scopes: QueryScope[],
  options: ReconcileOptions = {},
): ReconcileResult {
  return reconcileIn(expected, index, queryGroups(scopes), options.expectedKeys);
}

export function reconcile(
  expected: ExpectedInvoice[],
  index: SightingIndex,
  scopes: QueryScope[],
  options: ReconcileOptions = {},
): ReconcileResult[] {
  const groups = queryGroups(scopes);
  const keys = options.expectedKeys ?? new Set(expected.map((e) => e.key));
  return expected.map((inv) => reconcileIn(inv, index, groups, keys));
}
