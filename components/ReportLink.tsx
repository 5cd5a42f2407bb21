import { browser } from 'wxt/browser';
import { translator } from '@/utils/i18n/t';
import type { Visibility } from '@/utils/reconcile/reconcile';
import type { UiLanguage } from '@/utils/ui-text';

/**
 * Invoices a report can speak for: one searched and not found, or one found with a problem. Before any search the
 * next step is to search, and telling the seller "we cannot find it" would not yet be true.
 */
export function hasReport(status: Visibility): boolean {
  return status === 'missing' || status === 'visible-with-problem';
}

/** Opens the print-ready report of one problem invoice, with its texts for the seller and for 12366. */
export function ReportLink({ invoiceKey, lang }: { invoiceKey: string; lang: UiLanguage }) {
  const href = `${browser.runtime.getURL('/report.html')}?key=${encodeURIComponent(invoiceKey)}`;
  return (
    <a class="report-link" data-testid="report" href={href} target="_blank" rel="noopener">
      {translator(lang)('report.link')}
    </a>
  );
}
