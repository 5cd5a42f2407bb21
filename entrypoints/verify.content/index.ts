import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { isFailure, sendMessage } from '@/utils/send-message';
import { pickLanguage } from '@/utils/ui-text';
import { startVerifyAssist } from './verify-assist';

/** The national 查验 platform: fill an expected invoice, record the result the user gets. */
export default defineContentScript({
  matches: ['https://inv-veri.chinatax.gov.cn/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const report = await sendMessage({ type: 'list:get' });
    if (isFailure(report)) return;
    const stop = startVerifyAssist({
      doc: document,
      lang: pickLanguage(browser.i18n.getUILanguage()),
      rows: report.rows,
      now: Date.now,
      record: async (verification) => {
        const answer = await sendMessage({ type: 'verification:set', verification });
        if (isFailure(answer)) throw new Error(answer.problems[0]?.en ?? 'not saved');
      },
    });
    ctx.onInvalidated(stop);
  },
});
