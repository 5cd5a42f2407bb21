import type { CheckId, Finding, NextAction } from '../diagnose/types';
import type { StatusCounts, StatusRow } from '../status/types';

/** Problems of the account or the connection, not of one invoice: said once, above the list. */
export const ACCOUNT_CHECKS: readonly CheckId[] = ['session-expired', 'permission', 'maintenance', 'offline', 'request-failed'];

export interface CauseGroup {
  check: CheckId;
  keys: string[];
  /** The one action that addresses all of them: for queries, one range spanning every invoice's month. */
  action: NextAction;
  finding: Finding;
}

export interface PopupSummary {
  counts: StatusCounts;
  /** The most pressing account-wide problem, if any invoice is held up by one. */
  account: Finding | null;
  /** Invoices one action would fix, two or more each. */
  groups: CauseGroup[];
}

function groupKey(f: Finding): string | null {
  const a = f.next?.action;
  if (a?.kind === 'widen-query') return `${f.id}|${a.direction ?? ''}`;
  if (a?.kind === 'recheck-at') return `${f.id}|${a.at}`;
  return null;
}

function merged(a: NextAction, b: NextAction): NextAction {
  if (a.kind !== 'widen-query' || b.kind !== 'widen-query') return a;
  const min = (x?: string, y?: string) => (x === undefined ? y : y === undefined ? x : x < y ? x : y);
  const max = (x?: string, y?: string) => (x === undefined ? y : y === undefined ? x : x > y ? x : y);
  return { ...a, dateFrom: min(a.dateFrom, b.dateFrom), dateTo: max(a.dateTo, b.dateTo) };
}

/**
 * The popup's first lines: the counts, the one account-wide problem, and the invoices one action would fix. `rows`
 * may be only those needing attention (visible rows have no headline); `counts` are of all.
 */
export function popupSummary(rows: readonly StatusRow[], counts: StatusCounts): PopupSummary {
  const heads = rows.flatMap((r) => (r.headline ? [r.headline] : []));
  const account = ACCOUNT_CHECKS.map((id) => heads.find((h) => h.id === id && h.verdict === 'cause')).find((f) => f) ?? null;
  const groups = new Map<string, CauseGroup>();
  for (const row of rows) {
    const f = row.headline;
    const key = f && f.verdict === 'cause' && !ACCOUNT_CHECKS.includes(f.id) ? groupKey(f) : null;
    if (!f || !key || !f.next?.action) continue;
    const group = groups.get(key);
    if (group) {
      group.keys.push(row.invoice.key);
      group.action = merged(group.action, f.next.action);
    } else groups.set(key, { check: f.id, keys: [row.invoice.key], action: f.next.action, finding: f });
  }
  return {
    counts,
    account,
    groups: [...groups.values()].filter((g) => g.keys.length >= 2),
  };
}
