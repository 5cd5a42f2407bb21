import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { openHookChannel } from '@/utils/portal/hook-channel';
import { overlayModel } from '@/utils/portal/overlay-model';
import { detectPageKind, isPortalHost } from '@/utils/portal/page-kind';
import { advanceQuery, type QueryProgress } from '@/utils/portal/query-progress';
import { isFailure, sendMessage } from '@/utils/send-message';
import { deliverAnswer, queueAnswer, type DeliveryDeps } from '@/utils/portal/deliver-answer';
import type { RequestOf } from '@/utils/messages';
import { pickLanguage } from '@/utils/ui-text';
import { createOverlay } from './overlay';
import { startWatcher, type Observed } from './watcher';

export default defineContentScript({
  // Match patterns allow `*` only as a whole first label, so `https://dppt.*.chinatax.gov.cn/*` cannot be written:
  // the manifest matches every chinatax host and the script keeps to dppt hosts (and the login page) at run time.
  matches: ['https://*.chinatax.gov.cn/*'],
  runAt: 'document_start',
  main(ctx) {
    const kind = detectPageKind(location.href);
    // The 查验 platform has a content script of its own (verify.content); other hosts are none of our business.
    if (kind !== 'login' && !isPortalHost(location.hostname)) return;
    // First thing, still at document_start: later a page script could be listening.
    const channel = kind === 'login' ? null : openHookChannel({
      window,
      document,
      createChannel: () => new MessageChannel(),
      createEvent: (type, init) => new MessageEvent(type, init),
    });
    if (channel?.refused) console.warn(`fapiao-watch: portal answers not read on this page (channel ${channel.refused}); the result table is.`);
    const lang = pickLanguage(browser.i18n.getUILanguage());
    const overlay = kind === 'invoice-query' ? createOverlay(document, lang) : null;
    let progress: QueryProgress | null = null;

    async function refreshOverlay(): Promise<void> {
      if (!overlay || !progress) return;
      const report = await sendMessage({ type: 'list:get' });
      if (!isFailure(report)) overlay.update(overlayModel(report.rows, progress));
    }

    const delivery: DeliveryDeps<RequestOf<'portal:observed'>> = {
      storage: browser.storage.local,
      send: (message) => sendMessage(message),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      now: Date.now,
    };
    let delivering: Promise<unknown> = Promise.resolve();

    async function observed(o: Observed): Promise<void> {
      const message = { type: 'portal:observed' as const, ...o };
      // Queued at once (a tab closed meanwhile loses nothing); sent one after another, in the order they came.
      const queued = queueAnswer(message, delivery);
      const delivered = delivering.then(() => queued).then(() => deliverAnswer(message, delivery));
      delivering = delivered.catch(() => undefined);
      await delivered;
      const listed = o.scope?.ok && (o.scope.call === 'invoice-list' || o.scope.call === 'table');
      if (!listed || !o.scope) return;
      progress = advanceQuery(progress, o.scope, o.sightings.map((s) => s.key));
      await refreshOverlay();
    }

    const stop = startWatcher({
      window,
      document,
      now: Date.now,
      newId: () => crypto.randomUUID(),
      port: channel?.port ?? null,
      send: (o) => void observed(o).catch((e: unknown) => console.warn('fapiao-watch:', e)),
      // The portal redraws its rows (sorting, paging): the marks go back on once it has settled.
      onSettled: () => overlay?.remark(),
    });
    ctx.onInvalidated(() => {
      // WXT also invalidates on a DOM event any page script can dispatch; only a gone extension context stops us.
      if (browser.runtime?.id !== undefined) return;
      stop();
      overlay?.destroy();
    });
  },
});
