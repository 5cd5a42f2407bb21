import type { Finding } from '../diagnose/types';
import type { Annotation } from '../invoice/annotation';
import type { Visibility } from '../reconcile/types';
import { anExpected } from '../reconcile/test-fixtures';
import type { StatusReport } from '../status/types';

/** Builders for the reminder tests: status reports whose headlines offer a recheck time, and ticket annotations. */
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** 2026-11-24 08:00 China time: the recheck time of an invoice issued 2026-11-23. */
export const AT = Date.UTC(2026, 10, 24, 0);

export function recheckHeadline(at: number): Finding {
  return {
    id: 'sync-delay',
    verdict: 'cause',
    title: { zh: '发票可能还没同步到电子税务局', en: 'The invoice may not have synced yet' },
    evidence: { zh: '', en: '' },
    next: { text: { zh: '', en: '' }, action: { kind: 'recheck-at', at } },
  };
}

export const notSearched: Finding = { id: 'not-searched', verdict: 'cause', title: { zh: '未查询', en: 'Not searched' }, evidence: { zh: '', en: '' } };

export interface RowSpec {
  key: string;
  status?: Visibility;
  /** Defaults to a recheck offer at AT. */
  headline?: Finding | null;
}

export function aReport(rows: RowSpec[], over: Partial<StatusReport> = {}): StatusReport {
  const full = rows.map((r) => ({
    invoice: anExpected({ key: r.key, number: r.key }),
    status: r.status ?? 'missing',
    headline: r.headline === undefined ? recheckHeadline(AT) : r.headline,
  }));
  const notVisible = full.filter((r) => r.status === 'missing' || r.status === 'not-yet-searched').length;
  return {
    rows: full,
    counts: { expected: full.length, visible: 0, problem: 0, missing: notVisible, notSearched: 0 },
    notVisible,
    lastQueryAt: null,
    taxpayer: null,
    ...over,
  };
}

export function aTicket(key: string, followUp: string | null, number = 'GD2026112300001'): Annotation {
  return { key, note: '', userStatus: null, ticket: { number, followUp }, updatedAt: 0 };
}
