import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { overlayModel } from '@/utils/portal/overlay-model';
import { detectPageKind } from '@/utils/portal/page-kind';
import { advanceQuery, type QueryProgress } from '@/utils/portal/query-progress';
import { isFailure, sendMessage } from '@/utils/send-message';
import { pickLanguage } from '@/utils/ui-text';
import { createOverlay } from './overlay';
import { startWatcher, type Observed } from './watcher';

export default defineContentScript({
  matches: ['https://*.chinatax.gov.cn/*'],
  runAt: 'document_start',
  main(ctx) {
    const lang = pickLanguage(browser.i18n.getUILanguage());
    const kind = detectPageKind(location.href);
    // The 查验 platform has a content script of its own (verify.content).
    if (kind === 'verify') return;
    const overlay = kind === 'invoice-query' ? createOverlay(document, lang) : null;
    let progress: QueryProgress | null = null;

    async function refreshOverlay(): Promise<void> {
      if (!overlay || !progress) return;
      const report = await sendMessage({ type: 'list:get' });
      if (!isFailure(report)) overlay.update(overlayModel(report.rows, progress));
    }

    async function observed(o: Observed): Promise<void> {
      await browser.runtime.sendMessage({ type: 'portal:observed', ...o });
      const listed = o.scope?.ok && (o.scope.call === 'invoice-list' || o.scope.call === 'table');
      if (!listed || !o.scope) return;
      progress = advanceQuery(progress, o.scope, o.sightings.map((s) => s.key));
      await refreshOverlay();
    }

    const stop = startWatcher({
      window,
      document,
      now: Date.now,
      send: (o) => void observed(o).catch((e: unknown) => console.warn('fapiao-watch:', e)),
      // The portal redraws its rows (sorting, paging): the marks go back on once it has settled.
      onSettled: () => overlay?.remark(),
    });
    ctx.onInvalidated(() => {
      stop();
      overlay?.destroy();
    });
  },
});
