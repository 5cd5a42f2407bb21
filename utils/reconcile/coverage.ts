import type { ExpectedInvoice } from '../invoice/model';
import type { QueryGroup } from './query-groups';
import { admitsNormalStatus, admitsSomeType, dateFits, directionFits, expectedDirection } from './scope-fit';

/**
 * Whether the query could have listed the invoice, had it been on the portal: the right taxpayer and direction,
 * a date range and filters that include it, and every page read. Unknown parameters (encrypted requests, no
 * reported total) count as "could have", so `missing` is never claimed on less than a query that ran.
 */
export function groupCouldCover(group: QueryGroup, inv: ExpectedInvoice, types: readonly string[] | null): boolean {
  const s = group.scope;
  const wanted = expectedDirection(inv, s.taxpayerId);
  return (
    wanted !== null &&
    directionFits(s, wanted) !== false &&
    dateFits(s, inv.date) !== false &&
    admitsNormalStatus(s) &&
    admitsSomeType(s, types) &&
    group.complete !== false
  );
}
