import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
import { translator } from '@/utils/i18n/t';
import { fieldLabel } from '@/utils/invoice/field-names';
import type { ExpectedInvoice } from '@/utils/invoice/model';
import { say, type UiLanguage } from '@/utils/ui-text';
import { ActivityLog } from './ActivityLog';
import { AnnotationEditor } from './AnnotationEditor';
import { loadDetail, type InvoiceDetailData } from './load-detail';
import { SightingTimeline } from './SightingTimeline';
import './detail.css';

type Loaded = { kind: 'loading' } | { kind: 'missing' } | { kind: 'failed'; why: string } | { kind: 'ready'; data: InvoiceDetailData };

function Facts({ invoice, lang }: { invoice: ExpectedInvoice; lang: UiLanguage }) {
  const facts: [string, string | undefined][] = [
    invoice.kind === 'legacy' ? ['key', invoice.key] : ['number', invoice.number],
    ['date', invoice.date],
    ['total', `¥${invoice.total}`],
    invoice.sellerName ? ['sellerName', invoice.sellerName] : ['sellerTaxId', invoice.sellerTaxId],
  ];
  return (
    <dl class="detail-facts" data-testid="detail-facts">
      {facts
        .filter(([, value]) => value)
        .map(([field, value]) => (
          <div key={field}>
            <dt>{say(fieldLabel(field), lang)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/**
 * One invoice: its notes, status and 12366 ticket, its history and the queries that could have listed it. A
 * non-modal panel: it takes the focus when it opens, and Escape anywhere inside closes it.
 */
export function InvoiceDetail({ invoiceKey, lang, onChanged, onClose }: { invoiceKey: string; lang: UiLanguage; onChanged: () => void; onClose: () => void }) {
  const id = useId();
  const t = translator(lang);
  const heading = useRef<HTMLHeadingElement>(null);
  const unsaved = useRef(false);
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  const shownKey = useRef(invoiceKey);
  shownKey.current = invoiceKey;

  const reload = useCallback(async (): Promise<void> => {
    let next: Loaded;
    try {
      const data = await loadDetail(invoiceKey);
      next = data ? { kind: 'ready', data } : { kind: 'missing' };
    } catch (error) {
      next = { kind: 'failed', why: String(error) };
    }
    // A read for an invoice no longer shown (the user moved on) must not replace the one that is.
    if (shownKey.current === invoiceKey) setLoaded(next);
  }, [invoiceKey]);

  useEffect(() => {
    setLoaded({ kind: 'loading' });
    unsaved.current = false;
    void reload();
    heading.current?.focus();
  }, [reload]);

  // A query run in the portal's tab meanwhile shows when the user comes back; the form being typed is left alone.
  useEffect(() => {
    const back = () => {
      if (document.visibilityState === 'visible') void reload();
    };
    document.addEventListener('visibilitychange', back);
    return () => document.removeEventListener('visibilitychange', back);
  }, [reload]);

  const onDirty = useCallback((dirty: boolean) => {
    unsaved.current = dirty;
  }, []);
  const onSaved = useCallback(() => {
    void reload();
    onChanged();
  }, [reload, onChanged]);
  const close = () => {
    if (unsaved.current && !confirm(t('detail.discard'))) return;
    onClose();
  };

  return (
    <section
      class="invoice-detail"
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      data-testid="invoice-detail"
      data-key={invoiceKey}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        close();
      }}
    >
      <header class="detail-head">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {t('detail.title')} <span class="key">{invoiceKey}</span>
        </h2>
        <button type="button" class="secondary" data-testid="detail-close" onClick={close}>
          {t('detail.close')}
        </button>
      </header>
      {loaded.kind === 'loading' && <p class="empty" role="status">{t('detail.loading')}</p>}
      {(loaded.kind === 'missing' || loaded.kind === 'failed') && (
        <p class="problems error" role="alert" data-testid="detail-error" data-code={loaded.kind === 'missing' ? 'not-found' : 'read-failed'}>
          {loaded.kind === 'missing' ? t('detail.notFound') : t('detail.loadFailed', { why: loaded.why })}
        </p>
      )}
      {loaded.kind === 'ready' && (
        <>
          <Facts invoice={loaded.data.invoice} lang={lang} />
          <h3>{t('detail.annotationHeading')}</h3>
          <AnnotationEditor key={invoiceKey} invoiceKey={invoiceKey} annotation={loaded.data.annotation} lang={lang} onSaved={onSaved} onDirty={onDirty} />
          <h3 id={`${id}-timeline`}>{t('detail.timelineHeading')}</h3>
          <SightingTimeline events={loaded.data.timeline} lang={lang} />
          <h3 id={`${id}-activity`}>{t('detail.activityHeading')}</h3>
          <ActivityLog events={loaded.data.timeline} lang={lang} headingId={`${id}-activity`} />
        </>
      )}
    </section>
  );
}
