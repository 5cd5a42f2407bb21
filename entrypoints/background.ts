import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { handleMessage } from '@/utils/background/handle-message';
import { buildStatusReport } from '@/utils/report/status-report';
import { openStore } from '@/utils/store/db';
import { loadSnapshot } from '@/utils/store/repository';

const RECHECK_ALARM = 'recheck';

export default defineBackground(() => {
  const dbPromise = openStore();

  async function refreshBadge(): Promise<void> {
    const report = buildStatusReport(await loadSnapshot(await dbPromise), Date.now());
    await browser.action.setBadgeText({ text: report.notVisible > 0 ? String(report.notVisible) : '' });
    await browser.action.setBadgeBackgroundColor({ color: '#d54941' });
    const rechecks = report.rows.flatMap((r) => (r.headline?.next?.action?.kind === 'recheck-at' ? [r.headline.next.action.at] : []));
    const soonest = rechecks.filter((at) => at > Date.now()).sort((a, b) => a - b)[0];
    if (soonest) await browser.alarms.create(RECHECK_ALARM, { when: soonest });
  }

  const onChange = () => void refreshBadge().catch((e: unknown) => console.error('fapiao-watch: badge', e));

  browser.runtime.onMessage.addListener(async (message: unknown) => {
    return handleMessage(message, { db: await dbPromise, now: Date.now, onChange });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RECHECK_ALARM) onChange();
  });
  browser.runtime.onInstalled.addListener(onChange);
  browser.runtime.onStartup.addListener(onChange);
});
