// Reminders in real Chromium: the recheck alarm the background sets, the notification it shows when the time has
// come, and the popup a click on it opens. The real clock cannot be moved, so the service worker's clock is: its
// Date.now jumps past the reminder time, and the real `recheck` alarm is re-armed to fire now.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { sampleData } from '../replica/data.mjs';
import { chromiumHostRules, startReplica } from '../replica/server.mjs';
import { EXTENSION_DIR, launchWithExtension } from './launch.mjs';
import { PORTAL_QUERY_URL, keyOf, runPortalQuery } from './portal-flow.mjs';
import { chinaToday, queryStart, scenarioCases, shiftDate } from './scenario.mjs';

const today = chinaToday();
const cases = scenarioCases(sampleData(today), today);
const RECHECK_ALARM = 'recheck';

/** `hour`:00 China time on a China date: when reminders fall due. */
const chinaAt = (date, hour) => Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);

let replica;
let browser;
let worker;

before(async () => {
  replica = await startReplica({ port: 0, today });
});

after(async () => {
  await replica?.close();
});

/** Sends one typed message to the background from an extension page, as the popup and dashboard do. */
async function send(message) {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('report.html'));
  const answer = await page.evaluate((m) => chrome.runtime.sendMessage(m), message);
  await page.close();
  assert.equal(answer?.ok, true, `${message.type}: ${JSON.stringify(answer)}`);
}

/** Waits until the background has set the recheck alarm for `at` (it refreshes a moment after each change). */
async function alarmSetFor(at) {
  for (let i = 0; ; i++) {
    const alarm = await worker.evaluate((name) => chrome.alarms.get(name), RECHECK_ALARM);
    if (alarm?.scheduledTime === at) return;
    assert.ok(i < 50, `recheck alarm: ${JSON.stringify(alarm)}, expected ${new Date(at).toISOString()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The worker's clock jumps to `ms` and runs on from there; Chrome's own clock (and its alarms) stay real. */
async function setWorkerClock(ms) {
  await worker.evaluate((target) => {
    const offset = target - globalThis.e2eRealNow();
    Date.now = () => globalThis.e2eRealNow() + offset;
  }, ms);
}

/** Fires the real `recheck` alarm now: Chrome calls the background's onAlarm listener as it would at the time. */
async function fireRecheckAlarm() {
  const fired = await worker.evaluate(() => globalThis.e2eAlarms.length);
  await worker.evaluate((name) => chrome.alarms.create(name, { when: globalThis.e2eRealNow() + 100 }), RECHECK_ALARM);
  for (let i = 0; (await worker.evaluate(() => globalThis.e2eAlarms.length)) === fired; i++) {
    assert.ok(i < 50, 'the recheck alarm did not fire');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function notificationShown(id) {
  for (let i = 0; ; i++) {
    const ids = Object.keys(await worker.evaluate(() => chrome.notifications.getAll()));
    if (ids.includes(id)) return worker.evaluate((want) => globalThis.e2eShown.filter((n) => n.id === want), id);
    assert.ok(i < 50, `notification ${id} not shown; shown: ${ids}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Clicks the notification. A script cannot click a system notification, so the click is dispatched on Chrome's
 * notifications.onClicked event: the background's own listener runs, exactly as for a click. Then the popup must be
 * open: as the action popup (Chrome 127+), or as popup.html in a tab where openPopup is refused.
 */
async function clickOpensPopup(id) {
  await worker.evaluate((nid) => chrome.notifications.onClicked.dispatch(nid), id);
  for (let i = 0; ; i++) {
    const contexts = await worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['POPUP', 'TAB'] }));
    if (contexts.some((c) => c.documentUrl?.endsWith('/popup.html'))) break;
    assert.ok(i < 50, `no popup opened: ${JSON.stringify(contexts)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.deepEqual(Object.keys(await worker.evaluate(() => chrome.notifications.getAll())), [], 'the clicked notification is closed');
}

describe('manifest', () => {
  it('asks for the notifications permission and ships the icon notifications show', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    assert.ok(manifest.permissions.includes('notifications'), `permissions: ${manifest.permissions}`);
    assert.ok(existsSync(join(EXTENSION_DIR, 'icon/128.png')), 'icon/128.png: Chrome refuses a notification without its icon');
  });
});

describe('reminders', () => {
  // A fresh profile for each test: no reminder, alarm or invoice carries over.
  beforeEach(async () => {
    browser = await launchWithExtension({ hostRules: chromiumHostRules(replica.port) });
    worker = browser.context.serviceWorkers()[0];
    await worker.evaluate(() => {
      // Chrome's notifications cannot be read back (getAll gives ids only): record what is shown on its way to Chrome.
      const create = chrome.notifications.create.bind(chrome.notifications);
      globalThis.e2eShown = [];
      chrome.notifications.create = (id, options) => {
        globalThis.e2eShown.push({ id, ...options });
        return create(id, options);
      };
      globalThis.e2eAlarms = [];
      chrome.alarms.onAlarm.addListener((alarm) => globalThis.e2eAlarms.push(alarm.name));
      globalThis.e2eRealNow = Date.now;
      // Notifications speak the browser's UI language. The pages get zh-CN from the emulated locale, the worker does
      // not, and this Chromium ships only en-US: the worker is given the Chinese browser the users have too.
      chrome.i18n.getUILanguage = () => 'zh-CN';
    });
  });

  afterEach(async () => {
    await browser?.close();
  });

  it('notifies at the recheck time of an invoice still syncing, once, and the click opens the popup', async () => {
    const input = cases.find((c) => c.cause === 'sync-delay').input;
    const key = keyOf(input);
    await send({ type: 'expected:add', input });
    const page = await browser.context.newPage();
    await page.goto(PORTAL_QUERY_URL);
    await runPortalQuery(page, { dateFrom: queryStart(today) });
    await page.close();

    // Issued today: the portal lists it from tomorrow, and the diagnosis offers to query again at 08:00.
    const recheckAt = chinaAt(shiftDate(today, 1), 8);
    await alarmSetFor(recheckAt);
    assert.deepEqual(await worker.evaluate(() => globalThis.e2eShown), [], 'nothing is due before the time');

    await setWorkerClock(recheckAt + 60_000);
    await fireRecheckAlarm();
    const id = `recheck:${key}:${recheckAt}`;
    const [shown] = await notificationShown(id);
    assert.equal(shown.title, '该重新查询了');
    assert.match(shown.message, new RegExp(`${key} 自 \\d{4}-\\d\\d-\\d\\d 08:00 起应已同步到电子税务局`));
    assert.equal(shown.iconUrl, browser.extensionUrl('icon/128.png'));

    await clickOpensPopup(id);

    // The alarm again, later the same morning: the reminder is not shown a second time.
    await setWorkerClock(recheckAt + 3_600_000);
    await fireRecheckAlarm();
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal((await worker.evaluate(() => globalThis.e2eShown)).length, 1);
  });

  it('notifies from 09:00 China time on a 12366 ticket’s follow-up date, and the click opens the popup', async () => {
    // Issued ten days ago and never queried: no recheck time of its own, so the alarm is the follow-up's.
    const date = shiftDate(today, -10);
    const input = { ...cases[0].input, number: `${date.slice(2, 4)}112000000099990077`, date, total: '770.00' };
    const key = keyOf(input);
    const followUp = shiftDate(today, 1);
    const ticket = { number: 'GD20260001', followUp };
    await send({ type: 'expected:add', input });
    await send({ type: 'annotation:set', annotation: { key, note: '', userStatus: null, ticket } });

    const due = chinaAt(followUp, 9);
    await alarmSetFor(due);

    await setWorkerClock(due - 60_000);
    await fireRecheckAlarm();
    await new Promise((r) => setTimeout(r, 1000));
    assert.deepEqual(await worker.evaluate(() => globalThis.e2eShown), [], 'not yet at 08:59');

    await setWorkerClock(due);
    await fireRecheckAlarm();
    const id = `ticket:${key}:${followUp}`;
    const [shown] = await notificationShown(id);
    assert.equal(shown.title, `跟进 12366 工单 ${ticket.number}`);
    assert.equal(shown.message, `发票 ${key} 的跟进日期是 ${followUp}，请询问工单的处理进展。`);

    await clickOpensPopup(id);
  });
});
