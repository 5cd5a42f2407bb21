import { z } from 'zod';
import type { Annotation } from '../invoice/annotation';
import { planReminders, REMINDER_MAX_AGE_MS, type Reminder } from '../reminders/plan-reminders';
import type { StatusReport } from '../status/types';
import { pickLanguage, say } from '../ui-text';

export const RECHECK_ALARM = 'recheck';
/** storage.local key of what the reminders remember between service-worker runs. */
export const REMINDERS_STORAGE_KEY = 'reminders';
const ICON_PATH = '/icon/128.png';
const POPUP_PATH = '/popup.html';

/** The part of the WebExtension API the reminders use: the real `browser` fits, and tests pass fakes. */
export interface ReminderBrowser {
  action: {
    setBadgeText(details: { text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { color: string }): Promise<void>;
    /** Missing in older browsers; may also throw, e.g. when no browser window has the focus. */
    openPopup?: () => Promise<void>;
  };
  alarms: {
    create(name: string, info: { when: number }): Promise<void> | void;
    clear(name: string): Promise<boolean>;
  };
  notifications: {
    create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): Promise<string>;
    clear(id: string): Promise<boolean>;
  };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
  runtime: { getURL(path: string): string };
  tabs: { create(props: { url: string }): Promise<unknown> };
  i18n: { getUILanguage(): string };
}

export interface ReminderDeps {
  browser: ReminderBrowser;
  now: () => number;
  loadInputs: () => Promise<{ report: StatusReport; annotations: Annotation[] }>;
}

export interface Reminders {
  refresh(): Promise<void>;
  onAlarm(name: string): Promise<void>;
  onNotificationClicked(id: string): Promise<void>;
}

/** Shown reminder ids with when they were shown, and the recheck times the last plan kept. */
const Stored = z
  .object({
    shown: z.record(z.string(), z.number()),
    rechecks: z.array(z.object({ key: z.string(), at: z.number() })),
  })
  .catch({ shown: {}, rechecks: [] });

/** Ids shown more than REMINDER_MAX_AGE_MS ago can go: their reminders are too old to ever be due again. */
function prune(shown: Record<string, number>, now: number): Record<string, number> {
  return Object.fromEntries(Object.entries(shown).filter(([, at]) => now - at < REMINDER_MAX_AGE_MS));
}

export function createReminders(deps: ReminderDeps): Reminders {
  const { browser } = deps;
  // One refresh at a time: two overlapping ones would both find the same reminder not yet shown.
  let queue: Promise<void> = Promise.resolve();

  async function show(reminder: Reminder, lang: 'zh' | 'en'): Promise<boolean> {
    try {
      await browser.notifications.create(reminder.id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL(ICON_PATH),
        title: say(reminder.title, lang),
        message: say(reminder.body, lang),
      });
      return true;
    } catch (e) {
      console.error('fapiao-watch: notification', reminder.id, e);
      return false;
    }
  }

  async function run(): Promise<void> {
    const [inputs, raw] = await Promise.all([deps.loadInputs(), browser.storage.local.get(REMINDERS_STORAGE_KEY)]);
    const now = deps.now();
    const stored = Stored.parse(raw[REMINDERS_STORAGE_KEY]);
    const shown = prune(stored.shown, now);
    const plan = planReminders({ ...inputs, now, alreadyNotified: new Set(Object.keys(shown)), rechecks: stored.rechecks });
    const save = () => browser.storage.local.set({ [REMINDERS_STORAGE_KEY]: { shown, rechecks: plan.rechecks } satisfies z.infer<typeof Stored> });

    await browser.action.setBadgeText({ text: plan.badge.text });
    await browser.action.setBadgeBackgroundColor({ color: plan.badge.color });
    if (plan.nextAlarmAt === null) await browser.alarms.clear(RECHECK_ALARM);
    else await browser.alarms.create(RECHECK_ALARM, { when: plan.nextAlarmAt });

    // Remembered as shown before showing: should the worker stop in between, a reminder is missed rather than doubled.
    for (const reminder of plan.due) for (const id of reminder.covers) shown[id] = now;
    await save();
    const lang = pickLanguage(browser.i18n.getUILanguage());
    const failed: Reminder[] = [];
    for (const reminder of plan.due) if (!(await show(reminder, lang))) failed.push(reminder);
    if (failed.length === 0) return;
    // Forgotten again, so the next refresh tries once more.
    for (const reminder of failed) for (const id of reminder.covers) delete shown[id];
    await save();
  }

  async function openPopup(): Promise<void> {
    try {
      if (!browser.action.openPopup) throw new Error('action.openPopup is not available');
      await browser.action.openPopup();
    } catch {
      // Chrome before 127, Firefox outside a user action, or no focused window: the popup's page in a tab instead.
      await browser.tabs.create({ url: browser.runtime.getURL(POPUP_PATH) });
    }
  }

  function refresh(): Promise<void> {
    queue = queue.catch(() => undefined).then(run);
    return queue;
  }

  return {
    refresh,
    async onAlarm(name) {
      if (name === RECHECK_ALARM) await refresh();
    },
    async onNotificationClicked(id) {
      await browser.notifications.clear(id);
      await openPopup();
    },
  };
}
