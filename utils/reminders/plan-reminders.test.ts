import { describe, expect, it } from 'vitest';
import type { Finding } from '../diagnose/types';
import type { Annotation } from '../invoice/annotation';
import type { StatusReport } from '../status/types';
import { BADGE_COLOR, followUpAt, planReminders, REMINDER_MAX_AGE_MS, type Recheck, type ReminderInputs } from './plan-reminders';
import { aReport as report, aTicket as ticket, AT, DAY, HOUR, notSearched, recheckHeadline } from './test-fixtures';

const A = '26112000000000000001';
const B = '26112000000000000002';
const C = '26112000000000000003';

function plan(over: Partial<ReminderInputs>) {
  return planReminders({ report: report([]), annotations: [], now: AT - HOUR, alreadyNotified: new Set(), rechecks: [], ...over });
}

describe('badge', () => {
  it.each([
    [0, ''],
    [1, '1'],
    [999, '999'],
    [1000, '999+'],
  ])('%i invoices not visible show "%s"', (notVisible, text) => {
    expect(plan({ report: { ...report([]), notVisible } }).badge).toEqual({ text, color: BADGE_COLOR });
  });
});

describe('recheck reminders', () => {
  it('sets the alarm for a recheck time still to come, and remembers it', () => {
    const p = plan({ report: report([{ key: A }]), now: AT - HOUR });
    expect(p).toMatchObject({ nextAlarmAt: AT, due: [], rechecks: [{ key: A, at: AT }] });
  });

  it('is due at the recheck time, as one notification naming the invoice', () => {
    const p = plan({ report: report([{ key: A }]), now: AT });
    expect(p.nextAlarmAt).toBeNull();
    expect(p.due).toEqual([
      expect.objectContaining({ id: `recheck:${A}:${AT}`, kind: 'recheck', at: AT, keys: [A], covers: [`recheck:${A}:${AT}`] }),
    ]);
    expect(p.due[0]!.title).toEqual({ zh: '该重新查询了', en: 'Time to query again' });
    expect(p.due[0]!.body.zh).toBe(`${A} 自 2026-11-24 08:00 起应已同步到电子税务局，请在全量发票查询中再查一次。`);
  });

  it('joins invoices due at the same time into one notification, and keeps other times apart', () => {
    const later = AT + DAY;
    const rows = [{ key: C }, { key: A }, { key: B, headline: recheckHeadline(later - 2 * DAY) }];
    const p = plan({ report: report(rows), now: later });
    expect(p.due.map((r) => [r.id, r.keys])).toEqual([
      [`recheck:${B}:${later - 2 * DAY}`, [B]],
      [`recheck:${A}:${AT}`, [A, C]],
    ]);
    expect(p.due[1]!.title.zh).toBe('2 张发票该重新查询了');
    expect(p.due[1]!.covers).toEqual([`recheck:${A}:${AT}`, `recheck:${C}:${AT}`]);
  });

  it('names three invoices and counts the rest', () => {
    const keys = ['26112000000000000011', '26112000000000000012', '26112000000000000013', '26112000000000000014', '26112000000000000015'];
    const p = plan({ report: report(keys.map((key) => ({ key }))), now: AT });
    expect(p.due[0]!.body.zh).toMatch(/^26112000000000000011、26112000000000000012、26112000000000000013 等 5 张 自/);
    expect(p.due[0]!.body.en).toMatch(/26112000000000000013 \(5 in all\) should be on the portal/);
  });

  it('reminds of a remembered time once the headline has moved on to another cause', () => {
    const p = plan({ report: report([{ key: A, status: 'not-yet-searched', headline: notSearched }]), now: AT + HOUR, rechecks: [{ key: A, at: AT }] });
    expect(p.due.map((r) => r.id)).toEqual([`recheck:${A}:${AT}`]);
  });

  it('takes the current recheck time over a remembered one for the same invoice (its date was corrected)', () => {
    const p = plan({ report: report([{ key: A, headline: recheckHeadline(AT + DAY) }]), now: AT + HOUR, rechecks: [{ key: A, at: AT }] });
    expect(p).toMatchObject({ due: [], nextAlarmAt: AT + DAY, rechecks: [{ key: A, at: AT + DAY }] });
  });

  it.each<[string, Partial<ReminderInputs>]>([
    ['already shown', { alreadyNotified: new Set([`recheck:${A}:${AT}`]) }],
    ['the invoice is now visible', { report: report([{ key: A, status: 'visible', headline: null }]) }],
    ['the invoice was seen with a problem', { report: report([{ key: A, status: 'visible-with-problem', headline: notSearched }]) }],
    ['the invoice was removed', { report: report([]) }],
    ['a query ran at or after the recheck time', { report: report([{ key: A, headline: notSearched }], { lastQueryAt: AT }) }],
    ['the time is 60 days past', { now: AT + REMINDER_MAX_AGE_MS }],
  ])('is not due when %s, and is forgotten', (_, over) => {
    const p = plan({ report: report([{ key: A, headline: notSearched }]), now: AT + HOUR, rechecks: [{ key: A, at: AT }], ...over });
    expect(p).toMatchObject({ due: [], rechecks: [], nextAlarmAt: null });
  });

  it('still reminds when the last query ran before the recheck time', () => {
    const p = plan({ report: report([{ key: A }], { lastQueryAt: AT - 1 }), now: AT });
    expect(p.due).toHaveLength(1);
  });
});

describe('ticket follow-up reminders', () => {
  const nineAm = Date.UTC(2026, 11, 1, 1); // 2026-12-01 09:00 China time

  it('takes 09:00 China time of the follow-up date', () => {
    expect(followUpAt('2026-12-01')).toBe(nineAm);
  });

  it.each([
    ['the evening before, in China', nineAm - 10 * HOUR, false],
    ['08:59 that day', nineAm - 60_000, false],
    ['09:00 that day', nineAm, true],
    ['the next week (the browser was closed that day)', nineAm + 7 * DAY, true],
    ['59 days later', nineAm + REMINDER_MAX_AGE_MS - 1, true],
    ['60 days later', nineAm + REMINDER_MAX_AGE_MS, false],
  ])('at %s, due: %s', (_, now, due) => {
    const p = plan({ report: report([{ key: A, headline: notSearched }]), annotations: [ticket(A, '2026-12-01')], now });
    expect(p.due.map((r) => r.id)).toEqual(due ? [`ticket:${A}:2026-12-01`] : []);
    expect(p.nextAlarmAt).toBe(now < nineAm ? nineAm : null);
  });

  it('says which ticket and invoice, one notification per ticket', () => {
    const p = plan({
      report: report([{ key: A, headline: notSearched }, { key: B, status: 'visible-with-problem', headline: notSearched }]),
      annotations: [ticket(A, '2026-12-01', 'GD-1'), ticket(B, '2026-12-01', 'GD-2')],
      now: nineAm,
    });
    expect(p.due.map((r) => [r.id, r.keys, r.title.zh])).toEqual([
      [`ticket:${A}:2026-12-01`, [A], '跟进 12366 工单 GD-1'],
      [`ticket:${B}:2026-12-01`, [B], '跟进 12366 工单 GD-2'],
    ]);
    expect(p.due[0]!.body).toEqual({
      zh: `发票 ${A} 的跟进日期是 2026-12-01，请询问工单的处理进展。`,
      en: `2026-12-01 is the follow-up date you set for invoice ${A}: ask how the ticket is going.`,
    });
  });

  it.each<[string, Annotation[], StatusReport, ReadonlySet<string>]>([
    ['no follow-up date', [ticket(A, null)], report([{ key: A }]), new Set()],
    ['no ticket', [{ ...ticket(A, null), ticket: null }], report([{ key: A }]), new Set()],
    ['already shown', [ticket(A, '2026-12-01')], report([{ key: A }]), new Set([`ticket:${A}:2026-12-01`])],
    ['the invoice is visible', [ticket(A, '2026-12-01')], report([{ key: A, status: 'visible', headline: null }]), new Set()],
    ['the invoice was removed', [ticket(A, '2026-12-01')], report([]), new Set()],
  ])('nothing with %s', (_, annotations, r, alreadyNotified) => {
    const p = plan({ report: r, annotations, alreadyNotified, now: nineAm + HOUR });
    expect(p.due.filter((x) => x.kind === 'ticket')).toEqual([]);
  });

  it('is due again on a new follow-up date', () => {
    const p = plan({
      report: report([{ key: A, headline: notSearched }]),
      annotations: [ticket(A, '2026-12-08')],
      alreadyNotified: new Set([`ticket:${A}:2026-12-01`]),
      now: nineAm + 7 * DAY,
    });
    expect(p.due.map((r) => r.id)).toEqual([`ticket:${A}:2026-12-08`]);
  });
});

describe('alarm and the whole sequence', () => {
  it('sets the alarm to the soonest reminder of any kind', () => {
    const rows = [{ key: A, headline: recheckHeadline(AT + 2 * DAY) }, { key: B, headline: recheckHeadline(AT + DAY) }];
    const p = plan({ report: report(rows), annotations: [ticket(A, '2026-11-24')], now: AT - HOUR });
    expect(p.nextAlarmAt).toBe(followUpAt('2026-11-24')); // 09:00, before the next day's 08:00 rechecks
  });

  it('shows each reminder exactly once as the clock moves and the plan is redone after every change', () => {
    const rows = [{ key: A }, { key: B, headline: recheckHeadline(AT + DAY) }];
    const annotations = [ticket(C, '2026-11-24')];
    const r = report([...rows, { key: C, headline: notSearched }]);
    const notified = new Set<string>();
    let rechecks: Recheck[] = [];
    const shown: string[] = [];
    // Every refresh: before the first time, at it, twice at the same moment, and on after the last one.
    for (const now of [AT - DAY, AT, AT, AT + HOUR, AT + 2 * HOUR, AT + DAY, AT + DAY + 1, AT + 3 * DAY]) {
      // The headline drops a recheck offer once its time has passed, as sync-delay does without a later query.
      const current = { ...r, rows: r.rows.map((row) => (headlineAt(row.headline) <= now ? { ...row, headline: notSearched } : row)) };
      const p = planReminders({ report: current, annotations, now, alreadyNotified: notified, rechecks });
      for (const d of p.due) {
        shown.push(d.id);
        d.covers.forEach((id) => notified.add(id));
      }
      rechecks = p.rechecks;
    }
    expect(shown).toEqual([`recheck:${A}:${AT}`, `ticket:${C}:2026-11-24`, `recheck:${B}:${AT + DAY}`]);
  });
});

function headlineAt(f: Finding | null): number {
  return f?.next?.action?.kind === 'recheck-at' ? f.next.action.at : Infinity;
}
