import type { ExpectedInvoice, PageSignal, QueryScope, Taxpayer, Verification } from '../invoice/model';
import type { ReconcileResult } from '../reconcile/reconcile';

export type CheckId =
  | 'record-format'
  | 'typo'
  | 'not-searched'
  | 'date-range'
  | 'direction'
  | 'status-filter'
  | 'type-filter'
  | 'pages-unread'
  | 'sync-delay'
  | 'wrong-taxpayer'
  | 'voided-or-red'
  | 'amount-mismatch'
  | 'date-mismatch'
  | 'session-expired'
  | 'permission'
  | 'maintenance'
  | 'request-failed'
  | 'offline'
  | 'verify-national'
  | 'escalate';

/** cause = explains why the invoice is not (properly) visible; ok = ruled out; unknown = not enough data to say. */
export type Verdict = 'cause' | 'ok' | 'unknown';

export interface Text {
  zh: string;
  en: string;
}

/** `fix-field` with field `key` means: replace code and number by `value` (a whole key). */
export type NextAction =
  | { kind: 'recheck-at'; at: number }
  | { kind: 'fix-field'; field: string; value: string }
  | { kind: 'open-url'; url: string }
  | { kind: 'copy-text'; text: Text }
  | { kind: 'widen-query'; dateFrom?: string; dateTo?: string; direction?: 'issued' | 'received' };

export interface Finding {
  id: CheckId;
  verdict: Verdict;
  title: Text;
  evidence: Text;
  next?: { text: Text; action?: NextAction };
}

export interface DiagnosisContext {
  expected: ExpectedInvoice;
  result: ReconcileResult;
  scopes: QueryScope[];
  signals: PageSignal[];
  taxpayer: Taxpayer | null;
  verification: Verification | null;
  now: number;
  online: boolean | null;
  /**
   * Minutes as Date#getTimezoneOffset gives them; default -480 = China. Only for showing times: the portal's day
   * (today, when an invoice becomes visible, the 08:00 recheck) is always China time (reconcile/visibility.ts).
   */
  timeZoneOffsetMinutes?: number;
}

export type Check = (ctx: DiagnosisContext) => Finding;
