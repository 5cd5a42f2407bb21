import type { ListRow } from '@/utils/messages';
import { translator } from '@/utils/i18n/t';
import { say, statusText, type UiLanguage } from '@/utils/ui-text';
import { hasReport, ReportLink } from '@/components/ReportLink';
import { OriginalLink } from '../OriginalLink';

interface Props {
  row: ListRow;
  /** Position in the whole (sorted) list, for keyboard moves and screen readers. */
  index: number;
  /** The one row in the tab order; its buttons are too, the other rows' are reached by arrow keys. */
  active: boolean;
  /** Its detail panel is open. */
  open: boolean;
  hasOriginal: boolean;
  lang: UiLanguage;
  onKeyDown: (e: KeyboardEvent) => void;
  onFocus: () => void;
  onOpen: () => void;
  onEdit: () => void;
  onRemove: () => void;
}

export function InvoiceRow({ row, index, active, open, hasOriginal, lang, onKeyDown, onFocus, onOpen, onEdit, onRemove }: Props) {
  const { invoice } = row;
  const t = translator(lang);
  const tab = active ? 0 : -1;
  const seller = invoice.sellerName ?? invoice.sellerTaxId ?? '';
  const reason = row.headline ? say(row.headline.title, lang) : '';
  return (
    <tr
      class={open ? 'row open' : 'row'}
      data-testid="invoice-row"
      data-key={invoice.key}
      data-status={row.status}
      data-index={index}
      aria-rowindex={index + 2}
      aria-current={open ? 'true' : undefined}
      tabIndex={tab}
      onKeyDown={onKeyDown}
      onFocusCapture={onFocus}
    >
      <td class="key">{invoice.key}</td>
      <td>{invoice.date}</td>
      <td class="num">{invoice.total}</td>
      <td title={seller}>{seller}</td>
      <td>
        <span class={`pill ${row.status}`}>{say(statusText(row.status), lang)}</span>
      </td>
      <td title={reason}>{reason}</td>
      <td class="actions">
        <button type="button" class="link" data-testid="open-detail" tabIndex={tab} onClick={onOpen}>
          {t('list.openDetail')}
        </button>
        <button type="button" class="link" data-testid="edit" tabIndex={tab} onClick={onEdit}>
          {t('list.edit')}
        </button>
        {hasOriginal && <OriginalLink invoiceKey={invoice.key} lang={lang} />}
        {hasReport(row.status) && <ReportLink invoiceKey={invoice.key} lang={lang} />}
        <button type="button" class="link danger" data-testid="remove" tabIndex={tab} onClick={onRemove}>
          {t('list.remove')}
        </button>
      </td>
    </tr>
  );
}
