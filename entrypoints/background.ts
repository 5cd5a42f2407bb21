import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { answerSafely } from '@/utils/background/answer-safely';
import { handleMessage } from '@/utils/background/handle-message';
import { drainPendingAnswers } from '@/utils/background/pending-answers';
import { createReminders } from '@/utils/background/reminders';
import { createStatusService, type StatusService } from '@/utils/background/status-service';
import { annotationsOf } from '@/utils/store/annotations';
import { openStore, type FapiaoDB } from '@/utils/store/db';

export default defineBackground(() => {
  // Opened once; a failure (a blocked upgrade) is not kept, so the next message tries again.
  let opening: Promise<{ db: FapiaoDB; status: StatusService }> | null = null;
  const store = () =>
    (opening ??= openStore().then(
      (db) => ({ db, status: createStatusService({ db, now: () => Date.now(), later: (fn) => setTimeout(fn, 0), onStored: () => onChange() }) }),
      (error: unknown) => {
        opening = null;
        throw error;
      },
    ));

  const reminders = createReminders({
    browser,
    now: () => Date.now(),
    loadInputs: async () => {
      const { db, status } = await store();
      // Once the chunked re-diagnosis is done: reading earlier would do all of it at once and hold up the messages.
      await status.settled();
      return { report: await status.report(), annotations: await annotationsOf(db) };
    },
  });

  let refreshing: Promise<void> | null = null;
  let again = false;
  /** One refresh at a time; changes during one ask for one more, not one each. */
  function onChange(): void {
    if (refreshing) {
      again = true;
      return;
    }
    refreshing = reminders
      .refresh()
      .catch((e: unknown) => console.error('fapiao-watch: badge and reminders', e))
      .finally(() => {
        refreshing = null;
        if (again) {
          again = false;
          onChange();
        }
      });
  }

  // Messages are handled one after another: each change lands in the store and the status before the next is read.
  let queue: Promise<unknown> = Promise.resolve();
  function process(message: unknown) {
    const answer = queue.then(() => answerSafely(async () => handleMessage(message, { ...(await store()), now: () => Date.now(), onChange })));
    queue = answer.catch(() => undefined);
    return answer;
  }
  browser.runtime.onMessage.addListener((message: unknown) => process(message));
  // Answers a content script queued but never saw acknowledged (this worker stopped, the extension updated).
  void drainPendingAnswers(browser.storage.local, process, Date.now()).catch((e: unknown) => console.error('fapiao-watch: queued answers', e));
  const logged = (e: unknown) => console.error('fapiao-watch: reminders', e);
  browser.alarms.onAlarm.addListener((alarm) => void reminders.onAlarm(alarm.name).catch(logged));
  browser.notifications.onClicked.addListener((id) => void reminders.onNotificationClicked(id).catch(logged));
  browser.runtime.onInstalled.addListener(onChange);
  browser.runtime.onStartup.addListener(onChange);
});
