import { checkAmountMismatch } from './checks/amount-mismatch';
import { checkDateMismatch } from './checks/date-mismatch';
import { checkDateRange } from './checks/date-range';
import { checkDirection } from './checks/direction';
import { checkEscalate } from './checks/escalate';
import { checkMaintenance } from './checks/maintenance';
import { checkNotSearched } from './checks/not-searched';
import { checkOffline } from './checks/offline';
import { checkPagesUnread } from './checks/pages-unread';
import { checkPermission } from './checks/permission';
import { checkRecordFormat } from './checks/record-format';
import { checkRequestFailed } from './checks/request-failed';
import { checkSessionExpired } from './checks/session-expired';
import { checkStatusFilter } from './checks/status-filter';
import { checkSyncDelay } from './checks/sync-delay';
import { checkTypeFilter } from './checks/type-filter';
import { checkTypo } from './checks/typo';
import { checkVerifyNational } from './checks/verify-national';
import { checkVoidedOrRed } from './checks/voided-or-red';
import { checkWrongTaxpayer } from './checks/wrong-taxpayer';
import type { Check, CheckId, DiagnosisContext, Finding, Verdict } from './types';

type RankedCheckId = Exclude<CheckId, 'verify-national' | 'escalate'>;

/**
 * In the order the user should act on causes: a page that cannot answer blocks everything, then a wrong record,
 * then where and how it was searched, then what the portal says about the invoice, then waiting.
 */
const CHECKS = {
  'session-expired': checkSessionExpired,
  maintenance: checkMaintenance,
  offline: checkOffline,
  'request-failed': checkRequestFailed,
  permission: checkPermission,
  'record-format': checkRecordFormat,
  typo: checkTypo,
  'not-searched': checkNotSearched,
  'wrong-taxpayer': checkWrongTaxpayer,
  direction: checkDirection,
  'date-range': checkDateRange,
  'status-filter': checkStatusFilter,
  'type-filter': checkTypeFilter,
  'pages-unread': checkPagesUnread,
  'voided-or-red': checkVoidedOrRed,
  'amount-mismatch': checkAmountMismatch,
  'date-mismatch': checkDateMismatch,
  'sync-delay': checkSyncDelay,
} satisfies Record<RankedCheckId, Check>;

export const PRIORITY = Object.keys(CHECKS) as RankedCheckId[];

const VERDICT_RANK: Readonly<Record<Verdict, number>> = { cause: 0, unknown: 1, ok: 2 };

/**
 * Every check, causes first (by priority), then unknowns, then oks; national verification and escalation close
 * the list as the next steps when nothing else explains it.
 */
export function diagnose(ctx: DiagnosisContext): Finding[] {
  return closed(ctx, PRIORITY.map((id) => CHECKS[id](ctx)));
}

/** The ranked findings in verdict order, closed by national verification and the escalation they lead to. */
function closed(ctx: DiagnosisContext, ranked: Finding[], verify = checkVerifyNational(ctx)): Finding[] {
  const sorted = ranked.sort((a, b) => VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict]);
  return [...sorted, verify, checkEscalate(ctx, [...sorted, verify])];
}

export interface Summary {
  verdict: 'explained' | 'unexplained' | 'visible';
  /** The headline: the first cause, else the first open question with a next step. */
  top: Finding | null;
}

export function summarise(findings: readonly Finding[]): Summary {
  const cause = findings.find((f) => f.verdict === 'cause');
  if (cause) return { verdict: 'explained', top: cause };
  const escalate = findings.find((f) => f.id === 'escalate');
  // Escalation is ruled out without any cause only when the invoice is visible.
  if (escalate?.verdict === 'ok') return { verdict: 'visible', top: null };
  return { verdict: 'unexplained', top: findings.find((f) => f.verdict === 'unknown' && f.next) ?? escalate ?? null };
}

/**
 * summarise(diagnose(ctx)).top without running what cannot change it: the ranked checks stop at the first cause,
 * and national verification and escalation (with its 12366 text) run only when none explains it.
 */
export function headline(ctx: DiagnosisContext): Finding | null {
  const ranked: Finding[] = [];
  for (const id of PRIORITY) {
    const f = CHECKS[id](ctx);
    if (f.verdict === 'cause') return f;
    ranked.push(f);
  }
  const verify = checkVerifyNational(ctx);
  if (verify.verdict === 'cause') return verify;
  return summarise(closed(ctx, ranked, verify)).top;
}
