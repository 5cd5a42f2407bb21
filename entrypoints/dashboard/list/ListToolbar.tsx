import { useId, useMemo, useState } from 'preact/hooks';
import { FIELD_SOURCE_NAMES } from '@/utils/invoice/field-names';
import { FieldSource } from '@/utils/invoice/model';
import { isFiltering, NO_CRITERIA, sellerNames, STATUS_FILTERS, type ListCriteria, type StatusFilter } from '@/utils/list/filters';
import type { ListRow } from '@/utils/messages';
import { translator, type Translate } from '@/utils/i18n/t';
import { say, statusText, type UiLanguage } from '@/utils/ui-text';

interface Props {
  criteria: ListCriteria;
  onChange: (next: ListCriteria) => void;
  /** Every fetched row: the seller names to suggest come from them. */
  rows: readonly ListRow[];
  shown: number;
  lang: UiLanguage;
}

/** A filter of one status is named as the rows' own status pills name it. */
function statusFilterName(filter: StatusFilter, t: Translate, lang: UiLanguage): string {
  switch (filter) {
    case 'all':
      return t('list.filter.all');
    case 'not-visible':
      return t('list.filter.notVisible');
    case 'problem':
      return say(statusText('visible-with-problem'), lang);
    case 'visible':
      return say(statusText('visible'), lang);
  }
}

/** Search and filters of the invoice list, and how many of all invoices they leave. */
export function ListToolbar({ criteria, onChange, rows, shown, lang }: Props) {
  const id = useId();
  const t = translator(lang);
  // Suggestions are gathered when the seller box is first used, not on every page load.
  const [suggest, setSuggest] = useState(false);
  const sellers = useMemo(() => (suggest ? sellerNames(rows) : []), [suggest, rows]);
  const total = rows.length;
  const set = <K extends keyof ListCriteria>(key: K, value: ListCriteria[K]) => onChange({ ...criteria, [key]: value });
  const text = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  return (
    <div class="list-toolbar" role="search">
      <label class="search">
        {t('list.search')}
        <input type="search" data-testid="list-search" value={criteria.query} placeholder={t('list.searchPlaceholder')} onInput={(e) => set('query', text(e))} />
      </label>
      <label class="list-filter">
        {t('list.status')}
        <select data-testid="list-filter" value={criteria.status} onChange={(e) => set('status', text(e) as StatusFilter)}>
          {STATUS_FILTERS.map((value) => (
            <option key={value} value={value}>
              {statusFilterName(value, t, lang)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('list.dateFrom')}
        <input type="date" data-testid="list-date-from" value={criteria.dateFrom} max={criteria.dateTo || undefined} onInput={(e) => set('dateFrom', text(e))} />
      </label>
      <label>
        {t('list.dateTo')}
        <input type="date" data-testid="list-date-to" value={criteria.dateTo} min={criteria.dateFrom || undefined} onInput={(e) => set('dateTo', text(e))} />
      </label>
      <label>
        {t('list.seller')}
        <input data-testid="list-seller" list={`${id}-sellers`} onFocus={() => setSuggest(true)} value={criteria.seller} placeholder={t('list.sellerPlaceholder')} onInput={(e) => set('seller', text(e))} />
        <datalist id={`${id}-sellers`}>
          {sellers.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </label>
      <label>
        {t('list.source')}
        <select data-testid="list-source" value={criteria.source} onChange={(e) => set('source', text(e) as ListCriteria['source'])}>
          <option value="">{t('list.anySource')}</option>
          {FieldSource.options.map((source) => (
            <option key={source} value={source}>
              {say(FIELD_SOURCE_NAMES[source], lang)}
            </option>
          ))}
        </select>
      </label>
      {isFiltering(criteria) && (
        <button type="button" class="link" data-testid="list-clear" onClick={() => onChange(NO_CRITERIA)}>
          {t('list.clear')}
        </button>
      )}
      <span class="list-count" data-testid="list-count" data-shown={shown} data-total={total} aria-live="polite">
        {shown === total ? t('list.countAll', { total }) : t('list.countShown', { shown, total })}
      </span>
    </div>
  );
}
