import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { startWatcher } from './watcher';

export default defineContentScript({
  matches: ['https://*.chinatax.gov.cn/*'],
  runAt: 'document_start',
  main(ctx) {
    const stop = startWatcher({
      window,
      document,
      now: Date.now,
      send: (observed) => {
        browser.runtime.sendMessage({ type: 'portal:observed', ...observed }).catch((e: unknown) => console.warn('fapiao-watch:', e));
      },
    });
    ctx.onInvalidated(stop);
  },
});
