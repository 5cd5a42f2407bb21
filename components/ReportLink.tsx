import { browser } from 'wxt/browser';
import type { UiLanguage } from '@/utils/ui-text';

/** Opens the print-ready report of one problem invoice, with its texts for the seller and for 12366. */
export function ReportLink({ invoiceKey, lang }: { invoiceKey: string; lang: UiLanguage }) {
  const href = `${browser.runtime.getURL('/report.html')}?key=${encodeURIComponent(invoiceKey)}`;
  return (
    <a class="report-link" data-testid="report" href={href} target="_blank" rel="noopener">
      {lang === 'zh' ? '问题报告' : 'Report'}
    </a>
  );
}
