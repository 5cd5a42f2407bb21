import { possibleTypeCodes } from '../reconcile/invoice-types';
import { queryGroups, type QueryGroup } from '../reconcile/query-groups';
import { admitsNormalStatus, admitsSomeType, dateFits, directionFits, expectedDirection } from '../reconcile/scope-fit';
import { currentTaxId } from './context';
import { syncTiming } from './sync-timing';
import type { DiagnosisContext } from './types';

/*
 * The query checks form a funnel: each judges the queries that passed the earlier stages (date, then direction,
 * then filters), so each names its own reason instead of all blaming the same query. Direction and filters are
 * habits the next query repeats, so when no query passed the earlier stages they are judged on the queries made.
 */

function orElse(narrowed: QueryGroup[], wider: QueryGroup[]): QueryGroup[] {
  return narrowed.length ? narrowed : wider;
}

/**
 * Queries whose dates may include the issue date, keeping only those made once the portal could list the invoice
 * (syncTiming.visibleAt, as reconcile's coverage) when there are any: a query made too early says nothing about its
 * direction or filters. Only when every such query was early are they judged (date-range names that as the cause).
 */
export function datedGroups(ctx: DiagnosisContext): QueryGroup[] {
  const dated = queryGroups(ctx.scopes).filter((g) => dateFits(g.scope, ctx.expected.date) !== false);
  const { visibleAt } = syncTiming(ctx);
  return orElse(
    dated.filter((g) => g.firstAt >= visibleAt),
    dated,
  );
}

function directionOk(ctx: DiagnosisContext, g: QueryGroup, taxId: string | null): boolean {
  const wanted = expectedDirection(ctx.expected, g.scope.taxpayerId ?? taxId);
  return wanted !== null && directionFits(g.scope, wanted) !== false;
}

/** Queries to judge the direction on: those covering the date, else all. */
export function directionCandidates(ctx: DiagnosisContext): QueryGroup[] {
  return orElse(datedGroups(ctx), queryGroups(ctx.scopes));
}

/** Queries to judge the filters on: those of the right date and direction, else the best the user made. */
export function filterCandidates(ctx: DiagnosisContext): QueryGroup[] {
  const taxId = currentTaxId(ctx);
  const candidates = directionCandidates(ctx);
  return orElse(
    candidates.filter((g) => directionOk(ctx, g, taxId)),
    candidates,
  );
}

/** Queries that could have listed the invoice but for unread pages; strict, as pages only matter there. */
export function pageCandidates(ctx: DiagnosisContext): QueryGroup[] {
  const taxId = currentTaxId(ctx);
  const types = possibleTypeCodes(ctx.expected);
  return datedGroups(ctx).filter(
    (g) => directionOk(ctx, g, taxId) && admitsNormalStatus(g.scope) && admitsSomeType(g.scope, types),
  );
}
