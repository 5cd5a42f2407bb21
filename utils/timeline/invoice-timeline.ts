import { datedGroups } from '../diagnose/relevant-groups';
import type { DiagnosisContext } from '../diagnose/types';
import type { Activity, ExpectedInvoice, QueryScope, Sighting, Verification } from '../invoice/model';
import { countsAsCoverage, queryGroups, queryKey, type QueryGroup } from '../reconcile/query-groups';

/**
 * Whether a query listed the invoice. The store keeps only the latest sighting per key, so a query made before it
 * may have listed the invoice too: that stays `unknown` rather than being called an absence.
 */
export type QuerySeen = 'seen' | 'not-seen' | 'unknown';

export type TimelineEvent =
  /** Added, imported (the file name in `detail`), fixed, checked, noted… as the invoice's history recorded it. */
  | { type: 'activity'; at: number; activity: Activity }
  /** A query that could have listed the invoice (all its pages), at its first page, or when it listed the invoice. */
  | { type: 'query'; at: number; scope: QueryScope; seen: QuerySeen }
  /** Seen by something that is no such query: the 勾选 list, or a query no longer kept. */
  | { type: 'sighting'; at: number; scope: QueryScope | null }
  /** A 查验 result the history does not record (one restored from an older record). */
  | { type: 'verification'; at: number; verification: Verification };

export interface TimelineInput {
  invoice: ExpectedInvoice;
  /** The invoice's history, oldest first; a fix moves it to the new key, so it is all under `invoice.key`. */
  activity: readonly Activity[];
  /** Every stored query page. */
  scopes: QueryScope[];
  /** The latest sighting under the invoice's key. */
  sighting: Sighting | null;
  verification: Verification | null;
}

/**
 * The diagnosis' view of the invoice, so the timeline lists the queries the report lists. datedGroups reads only the
 * invoice and the queries; the rest stays neutral.
 */
function queryView(input: TimelineInput): DiagnosisContext {
  const { invoice } = input;
  return {
    expected: invoice,
    result: { key: invoice.key, status: 'not-yet-searched', exact: null, nearMisses: [], problems: [] },
    scopes: input.scopes,
    signals: [],
    taxpayer: null,
    verification: null,
    now: invoice.updatedAt,
    online: null,
  };
}

/** The query page the sighting came from: by its id, else by the moment it was read. */
function sightingScope(scopes: readonly QueryScope[], s: Sighting): QueryScope | null {
  return scopes.find((q) => q.id === s.scopeId) ?? scopes.find((q) => q.at === s.seenAt) ?? null;
}

function queryEvent(g: QueryGroup, sighting: Sighting | null, seenKey: string | null): TimelineEvent {
  if (sighting && seenKey === queryKey(g.scope)) return { type: 'query', at: sighting.seenAt, scope: g.scope, seen: 'seen' };
  // Only a query read wholly after the latest sighting is known not to have listed it.
  const seen: QuerySeen = sighting && g.firstAt <= sighting.seenAt ? 'unknown' : 'not-seen';
  return { type: 'query', at: g.firstAt, scope: g.scope, seen };
}

/** Everything that happened to the invoice and on the portal about it, oldest first. */
export function invoiceTimeline(input: TimelineInput): TimelineEvent[] {
  const { activity, scopes, sighting } = input;
  const events: TimelineEvent[] = activity.map((a) => ({ type: 'activity', at: a.at, activity: a }));
  // A 查验 kept under another key (before a fix) says nothing about this invoice; one the history holds is there.
  const v = input.verification;
  if (v && v.key === input.invoice.key && !activity.some((a) => a.kind === 'verified')) events.push({ type: 'verification', at: v.at, verification: v });

  const groups = [...datedGroups(queryView(input))];
  const seenScope = sighting ? sightingScope(scopes, sighting) : null;
  const seenKey = seenScope && countsAsCoverage(seenScope) ? queryKey(seenScope) : null;
  // The query that listed it is always shown, even one datedGroups leaves out as made too early.
  const seenGroup = seenKey === null ? undefined : queryGroups(scopes).find((g) => queryKey(g.scope) === seenKey);
  if (seenGroup && !groups.some((g) => queryKey(g.scope) === seenKey)) groups.push(seenGroup);
  for (const g of groups) events.push(queryEvent(g, sighting, seenKey));
  if (sighting && !seenGroup) events.push({ type: 'sighting', at: sighting.seenAt, scope: seenScope });

  return events.sort((a, b) => a.at - b.at);
}

/** One dot of the sightings timeline: where it sits from the first query (0) to the last (1). */
export interface SightingMark {
  at: number;
  seen: QuerySeen;
  x: number;
}

export function sightingMarks(events: readonly TimelineEvent[]): SightingMark[] {
  const marks = events.flatMap((e) =>
    e.type === 'query' ? [{ at: e.at, seen: e.seen }] : e.type === 'sighting' ? [{ at: e.at, seen: 'seen' as const }] : [],
  );
  const first = Math.min(...marks.map((m) => m.at));
  const span = Math.max(...marks.map((m) => m.at)) - first;
  return marks.map((m) => ({ ...m, x: span > 0 ? (m.at - first) / span : 0.5 }));
}
