import { chinaDay, DAY_MS } from '../invoice/china-time';
import { chinaMidnight, isoDayNumber, visibleDelayDays, visibleFrom } from '../reconcile/visibility';
import type { DiagnosisContext } from './types';

/** After the expected moment, a missing invoice may still be late this many days before waiting stops explaining it. */
const LATE_DAYS = 2;
/** The recheck time offered: 08:00 China time of the day the invoice is expected to be listed. */
const RECHECK_HOUR = 8;

/**
 * Where the invoice stands against the portal's sync, in China time (the portal's clock), shared by sync-delay,
 * date-range, typo and record-format so they agree on one moment.
 */
export interface SyncTiming {
  /** The issue date is after today in China: a wrong record, not a delay. */
  future: boolean;
  /** From when the portal is expected to list it (reconcile's coverage uses the same moment). */
  visibleAt: number;
  /** 08:00 China time on the visibleAt day. */
  recheckAt: number;
  /** Until then a missing invoice may still be late ("unknown"); afterwards waiting explains nothing. */
  settledAt: number;
  /** Not in the future and not yet expected to be listed: waiting is the cause. */
  pending: boolean;
  /** Days from the issue date to today (China). */
  age: number;
  paper: boolean;
}

export function syncTiming(ctx: DiagnosisContext): SyncTiming {
  const issuedDay = isoDayNumber(ctx.expected.date);
  const today = chinaDay(ctx.now);
  const visibleAt = visibleFrom(ctx.expected);
  const future = issuedDay > today;
  return {
    future,
    visibleAt,
    recheckAt: chinaMidnight(issuedDay + visibleDelayDays(ctx.expected)) + RECHECK_HOUR * 3_600_000,
    settledAt: visibleAt + LATE_DAYS * DAY_MS,
    pending: !future && ctx.now < visibleAt,
    age: today - issuedDay,
    paper: visibleDelayDays(ctx.expected) > 1,
  };
}
