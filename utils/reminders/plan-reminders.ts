import { CHINA_OFFSET_MS, DAY_MS } from '../invoice/china-time';
import type { Annotation } from '../invoice/annotation';
import type { StatusReport, StatusRow } from '../status/types';
import type { BilingualText } from '../ui-text';
import { REMINDER_TEXT } from './reminder-text';

export const BADGE_COLOR = '#d54941';
/** A follow-up date is due from 09:00 China time that day: office hours at 12366. */
const FOLLOW_UP_HOUR = 9;
/**
 * A reminder whose time is older than this is never due: it keeps a reminder missed for months (browser closed) from
 * popping up, and lets the record of shown reminders forget ids after as long without one ever coming back.
 */
export const REMINDER_MAX_AGE_MS = 60 * DAY_MS;

/** A recheck time seen in a report, kept because the headline moves on once the time has passed. */
export interface Recheck {
  key: string;
  at: number;
}

export interface Reminder {
  /** Notification id: the first of `covers`, so the same reminder always gets the same id. */
  id: string;
  kind: 'recheck' | 'ticket';
  at: number;
  keys: string[];
  /** One id per invoice and time (`recheck:<key>:<at>`, `ticket:<key>:<date>`); once shown, none is due again. */
  covers: string[];
  title: BilingualText;
  body: BilingualText;
}

export interface ReminderInputs {
  report: StatusReport;
  annotations: readonly Annotation[];
  now: number;
  /** `covers` ids of the reminders already shown. */
  alreadyNotified: ReadonlySet<string>;
  /** The `rechecks` of the previous plan. */
  rechecks: readonly Recheck[];
}

export interface ReminderPlan {
  badge: { text: string; color: string };
  /** The next moment a reminder falls due, for the alarm; null when none is coming. */
  nextAlarmAt: number | null;
  due: Reminder[];
  /** Recheck times still to remind of (or shown now): give them back as the next plan's `rechecks`. */
  rechecks: Recheck[];
}

const recheckId = (r: Recheck) => `recheck:${r.key}:${r.at}`;
const ticketId = (key: string, date: string) => `ticket:${key}:${date}`;

/** 09:00 China time on a `YYYY-MM-DD` China date. */
export function followUpAt(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) - CHINA_OFFSET_MS + FOLLOW_UP_HOUR * 3_600_000;
}

function badgeText(notVisible: number): string {
  if (notVisible <= 0) return '';
  // The badge fits four characters.
  return notVisible > 999 ? '999+' : String(notVisible);
}

function headlineRecheck(row: StatusRow): Recheck | null {
  const action = row.headline?.next?.action;
  return action?.kind === 'recheck-at' ? { key: row.invoice.key, at: action.at } : null;
}

/**
 * The recheck times to remind of: each invoice's current one, else the one remembered from before (the diagnosis
 * stops offering it once the time has passed, which is exactly when the reminder is due). Only while the invoice is
 * still not seen on the portal, and not when a query has run since the time: the user has already looked again.
 */
function liveRechecks(inputs: ReminderInputs, rows: Map<string, StatusRow>): Recheck[] {
  const current = new Map<string, Recheck>();
  for (const row of inputs.report.rows) {
    const r = headlineRecheck(row);
    if (r) current.set(r.key, r);
  }
  const remembered = inputs.rechecks.filter((r) => !current.has(r.key));
  const lastQueryAt = inputs.report.lastQueryAt;
  return [...current.values(), ...remembered].filter((r) => {
    const status = rows.get(r.key)?.status;
    return (
      (status === 'missing' || status === 'not-yet-searched') &&
      !(lastQueryAt !== null && lastQueryAt >= r.at) &&
      !inputs.alreadyNotified.has(recheckId(r)) &&
      inputs.now - r.at < REMINDER_MAX_AGE_MS
    );
  });
}

/** Due rechecks at the same time are one notification. */
function recheckReminders(due: readonly Recheck[]): Reminder[] {
  const byTime = new Map<number, Recheck[]>();
  for (const r of due) byTime.set(r.at, [...(byTime.get(r.at) ?? []), r]);
  return [...byTime.entries()]
    .sort(([a], [b]) => a - b)
    .map(([at, group]): Reminder => {
      const sorted = [...group].sort((a, b) => a.key.localeCompare(b.key));
      const keys = sorted.map((r) => r.key);
      const covers = sorted.map(recheckId);
      return { id: covers[0]!, kind: 'recheck', at, keys, covers, title: REMINDER_TEXT.recheckTitle(keys.length), body: REMINDER_TEXT.recheckBody(keys, at) };
    });
}

/** Follow-up dates still to remind of: the invoice is in the list and not plainly visible (then the ticket is moot). */
function ticketReminders(inputs: ReminderInputs, rows: Map<string, StatusRow>): Reminder[] {
  return inputs.annotations.flatMap((a): Reminder[] => {
    const date = a.ticket?.followUp;
    const status = rows.get(a.key)?.status;
    if (!a.ticket || !date || status === undefined || status === 'visible') return [];
    const id = ticketId(a.key, date);
    const at = followUpAt(date);
    if (inputs.alreadyNotified.has(id) || inputs.now - at >= REMINDER_MAX_AGE_MS) return [];
    return [{ id, kind: 'ticket', at, keys: [a.key], covers: [id], title: REMINDER_TEXT.ticketTitle(a.ticket.number), body: REMINDER_TEXT.ticketBody(a.key, date) }];
  });
}

/** What the toolbar, the alarm and the notifications should show now; pure, so every rule is tested without a browser. */
export function planReminders(inputs: ReminderInputs): ReminderPlan {
  const rows = new Map(inputs.report.rows.map((r) => [r.invoice.key, r]));
  const rechecks = liveRechecks(inputs, rows);
  const tickets = ticketReminders(inputs, rows);
  const upcoming = [...rechecks.map((r) => r.at), ...tickets.map((r) => r.at)].filter((at) => at > inputs.now);
  return {
    badge: { text: badgeText(inputs.report.notVisible), color: BADGE_COLOR },
    nextAlarmAt: upcoming.length ? Math.min(...upcoming) : null,
    due: [...recheckReminders(rechecks.filter((r) => r.at <= inputs.now)), ...tickets.filter((r) => r.at <= inputs.now)],
    rechecks,
  };
}
