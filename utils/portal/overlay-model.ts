import type { Text } from '../diagnose/types';
import type { ListRow } from '../messages';
import { possibleTypeCodes } from '../reconcile/invoice-types';
import { admitsNormalStatus, admitsSomeType, dateFits, directionFits, expectedDirection, narrowingAdmits } from '../reconcile/scope-fit';
import { unreadRows, type QueryProgress } from './query-progress';

export type RowMark = { kind: 'expected' } | { kind: 'problem'; reason: Text | null };

export interface OverlayModel {
  /** By invoice key: the result rows that are expected invoices. */
  marks: ReadonlyMap<string, RowMark>;
  /** Expected invoices this query should list (direction, dates and filters fit) that none of its pages showed. */
  notInResult: ListRow[];
  unread: { total: number; read: number } | null;
}

/** What the overlay shows over one query's result, from the register's status and what the query's pages showed. */
export function overlayModel(rows: readonly ListRow[], progress: QueryProgress | null): OverlayModel {
  const marks = new Map<string, RowMark>();
  for (const row of rows) {
    if (row.status === 'visible') marks.set(row.invoice.key, { kind: 'expected' });
    else if (row.status === 'visible-with-problem') marks.set(row.invoice.key, { kind: 'problem', reason: row.headline?.title ?? null });
  }
  if (!progress) return { marks, notInResult: [], unread: null };
  const { scope, seen } = progress;
  const notInResult = rows.filter((row) => {
    const inv = row.invoice;
    if (seen.has(inv.key)) return false;
    const wanted = expectedDirection(inv, scope.taxpayerId);
    return (
      wanted !== null &&
      directionFits(scope, wanted) !== false &&
      dateFits(scope, inv.date) === true &&
      admitsNormalStatus(scope) &&
      admitsSomeType(scope, possibleTypeCodes(inv)) &&
      narrowingAdmits(scope, inv)
    );
  });
  return { marks, notInResult, unread: unreadRows(progress) };
}
