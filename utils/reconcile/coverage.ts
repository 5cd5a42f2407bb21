import type { ExpectedInvoice } from '../invoice/model';
import type { QueryGroup } from './query-groups';
import { admitsNormalStatus, admitsSomeType, dateFits, directionFits, expectedDirection, narrowingAdmits } from './scope-fit';

/**
 * Whether the query could have listed the invoice, had it been on the portal: the right taxpayer and direction,
 * a date range and filters that include it, every page read, and run no earlier than `visibleAt` (visibility.ts
 * visibleFrom), the moment the portal is expected to list it. Unknown parameters (encrypted requests, no reported
 * total) count as "could have", so `missing` is never claimed on less than a query that ran.
 *
 * The time is the group's earliest page (QueryGroup.firstAt): a page read before the moment may have been listed
 * before the invoice arrived, so pages read at 23:50 and 00:10 are not a query made after midnight.
 */
export function groupCouldCover(
  group: QueryGroup,
  inv: ExpectedInvoice,
  types: readonly string[] | null,
  visibleAt: number,
): boolean {
  const s = group.scope;
  const wanted = expectedDirection(inv, s.taxpayerId);
  return (
    group.firstAt >= visibleAt &&
    wanted !== null &&
    directionFits(s, wanted) !== false &&
    dateFits(s, inv.date) !== false &&
    admitsNormalStatus(s) &&
    admitsSomeType(s, types) &&
    narrowingAdmits(s, inv) &&
    group.complete !== false
  );
}
