import { describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../invoice/annotation';
import { REMINDER_MAX_AGE_MS } from '../reminders/plan-reminders';
import { aReport, aTicket, AT, DAY, HOUR, notSearched } from '../reminders/test-fixtures';
import type { StatusReport } from '../status/types';
import { createReminders, RECHECK_ALARM, REMINDERS_STORAGE_KEY, type ReminderBrowser } from './reminders';

const A = '26112000000000000001';
const B = '26112000000000000002';
const BASE = 'chrome-extension://abc';

/** An in-memory stand-in for the parts of `browser` the reminders use, recording what they did. */
function fakeBrowser(over: { openPopup?: ReminderBrowser['action']['openPopup'] | null; uiLanguage?: string } = {}) {
  const state = {
    badge: { text: '', color: '' },
    alarms: new Map<string, number>(),
    notifications: new Map<string, { type: string; iconUrl: string; title: string; message: string }>(),
    storage: {} as Record<string, unknown>,
    tabs: [] as string[],
    failNotifications: false,
  };
  const browser: ReminderBrowser = {
    action: {
      setBadgeText: async ({ text }) => void (state.badge.text = text),
      setBadgeBackgroundColor: async ({ color }) => void (state.badge.color = color),
      ...(over.openPopup === null ? {} : { openPopup: over.openPopup ?? vi.fn(async () => undefined) }),
    },
    alarms: {
      create: async (name, { when }) => void state.alarms.set(name, when),
      clear: async (name) => state.alarms.delete(name),
    },
    notifications: {
      create: async (id, options) => {
        if (state.failNotifications) throw new Error('Unable to download all specified images.');
        state.notifications.set(id, options);
        return id;
      },
      clear: async (id) => state.notifications.delete(id),
    },
    storage: {
      local: {
        get: async (key) => (key in state.storage ? { [key]: structuredClone(state.storage[key]) } : {}),
        set: async (items) => void Object.assign(state.storage, structuredClone(items)),
      },
    },
    runtime: { getURL: (path) => `${BASE}${path}` },
    tabs: { create: async ({ url }) => void state.tabs.push(url) },
    i18n: { getUILanguage: () => over.uiLanguage ?? 'zh-CN' },
  };
  return { browser, state };
}

function setup(over: Parameters<typeof fakeBrowser>[0] = {}) {
  const fake = fakeBrowser(over);
  const clock = { now: AT - HOUR };
  const inputs: { report: StatusReport; annotations: Annotation[] } = { report: aReport([{ key: A }]), annotations: [] };
  const loadInputs = vi.fn(async () => inputs);
  const make = () => createReminders({ browser: fake.browser, now: () => clock.now, loadInputs });
  return { ...fake, clock, inputs, loadInputs, make, reminders: make() };
}

describe('refresh', () => {
  it('sets the badge from each new report: after every change the lead refreshes on', async () => {
    const t = setup();
    for (const [rows, text] of [
      [[{ key: A }, { key: B }], '2'],
      [[{ key: A }, { key: B, status: 'visible', headline: null }], '1'],
      [[], ''],
    ] as const) {
      t.inputs.report = aReport([...rows]);
      await t.reminders.refresh();
      expect(t.state.badge).toEqual({ text, color: '#d54941' });
    }
  });

  it('sets the recheck alarm to the next reminder, and clears it when none is coming', async () => {
    const t = setup();
    await t.reminders.refresh();
    expect(t.state.alarms.get(RECHECK_ALARM)).toBe(AT);
    t.inputs.report = aReport([{ key: A, status: 'visible', headline: null }]);
    await t.reminders.refresh();
    expect(t.state.alarms.has(RECHECK_ALARM)).toBe(false);
  });

  it('shows a due reminder once, with the extension icon, and never again: not on the next refresh, not after a restart', async () => {
    const t = setup();
    await t.reminders.refresh();
    expect(t.state.notifications.size).toBe(0);
    t.clock.now = AT;
    await t.reminders.onAlarm(RECHECK_ALARM);
    expect([...t.state.notifications]).toEqual([
      [`recheck:${A}:${AT}`, { type: 'basic', iconUrl: `${BASE}/icon/128.png`, title: '该重新查询了', message: expect.stringContaining(A) }],
    ]);
    t.state.notifications.clear();
    await t.reminders.refresh();
    // The service worker starts afresh: what was shown is kept in storage.local.
    await t.make().refresh();
    expect(t.state.notifications.size).toBe(0);
  });

  it('reminds of a recheck time the diagnosis no longer offers once it has passed', async () => {
    const t = setup();
    await t.reminders.refresh();
    t.clock.now = AT + HOUR;
    t.inputs.report = aReport([{ key: A, status: 'not-yet-searched', headline: notSearched }]);
    await t.reminders.refresh();
    expect([...t.state.notifications.keys()]).toEqual([`recheck:${A}:${AT}`]);
  });

  it.each([
    ['zh-CN', '跟进 12366 工单 GD-9'],
    ['en-US', 'Follow up 12366 ticket GD-9'],
  ])('speaks the browser language (%s)', async (uiLanguage, title) => {
    const t = setup({ uiLanguage });
    t.inputs.report = aReport([{ key: A, headline: notSearched }]);
    t.inputs.annotations = [aTicket(A, '2026-11-24', 'GD-9')];
    t.clock.now = Date.UTC(2026, 10, 24, 1); // 09:00 China time
    await t.reminders.refresh();
    expect(t.state.notifications.get(`ticket:${A}:2026-11-24`)?.title).toBe(title);
  });

  it('tries again on the next refresh when the notification could not be shown', async () => {
    const t = setup();
    t.clock.now = AT;
    t.state.failNotifications = true;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await t.reminders.refresh();
    expect(t.state.notifications.size).toBe(0);
    t.state.failNotifications = false;
    await t.reminders.refresh();
    expect([...t.state.notifications.keys()]).toEqual([`recheck:${A}:${AT}`]);
  });

  it('shows a reminder once when refreshes overlap', async () => {
    const t = setup();
    t.clock.now = AT;
    const create = vi.spyOn(t.browser.notifications, 'create');
    await Promise.all([t.reminders.refresh(), t.reminders.refresh(), t.reminders.refresh()]);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('keeps running after a refresh that failed', async () => {
    const t = setup();
    t.loadInputs.mockRejectedValueOnce(new Error('db closed'));
    await expect(t.reminders.refresh()).rejects.toThrow('db closed');
    await t.reminders.refresh();
    expect(t.state.badge.text).toBe('1');
  });

  it.each([
    ['shown 59 days ago, kept', REMINDER_MAX_AGE_MS - DAY, true],
    ['shown 60 days ago, dropped', REMINDER_MAX_AGE_MS, false],
  ])('remembers shown ids for 60 days: %s', async (_, age, kept) => {
    const t = setup();
    t.state.storage[REMINDERS_STORAGE_KEY] = { shown: { 'ticket:old:2026-01-01': t.clock.now - age }, rechecks: [] };
    await t.reminders.refresh();
    const stored = t.state.storage[REMINDERS_STORAGE_KEY] as { shown: Record<string, number> };
    expect('ticket:old:2026-01-01' in stored.shown).toBe(kept);
  });

  it.each([['not an object'], [{ shown: [1], rechecks: 'x' }], [null]])('starts afresh from a damaged stored value %#', async (value) => {
    const t = setup();
    t.state.storage[REMINDERS_STORAGE_KEY] = value;
    t.clock.now = AT;
    await t.reminders.refresh();
    expect(t.state.notifications.size).toBe(1);
  });
});

describe('onAlarm', () => {
  it('refreshes only for the recheck alarm', async () => {
    const t = setup();
    await t.reminders.onAlarm('something-else');
    expect(t.loadInputs).not.toHaveBeenCalled();
    await t.reminders.onAlarm(RECHECK_ALARM);
    expect(t.loadInputs).toHaveBeenCalledTimes(1);
  });
});

describe('onNotificationClicked', () => {
  it.each<[string, ReminderBrowser['action']['openPopup'] | null, string[]]>([
    ['opens the popup', vi.fn(async () => undefined), []],
    ['opens popup.html in a tab where openPopup does not exist', null, [`${BASE}/popup.html`]],
    ['opens popup.html in a tab when openPopup throws (no focused window)', vi.fn(async () => Promise.reject(new Error('no window'))), [`${BASE}/popup.html`]],
  ])('%s, and closes the notification', async (_, openPopup, tabs) => {
    const t = setup({ openPopup });
    t.clock.now = AT;
    await t.reminders.refresh();
    await t.reminders.onNotificationClicked(`recheck:${A}:${AT}`);
    expect(t.state.notifications.size).toBe(0);
    expect(t.state.tabs).toEqual(tabs);
    if (openPopup) expect(openPopup).toHaveBeenCalledTimes(1);
  });
});
