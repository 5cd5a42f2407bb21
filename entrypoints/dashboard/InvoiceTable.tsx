import type { StatusRow } from '@/utils/messages';
import type { Problem } from '@/utils/invoice/model';
import { isFailure, sendMessage } from '@/utils/send-message';
import { say, statusText, type UiLanguage } from '@/utils/ui-text';
import { hasReport, ReportLink } from '@/components/ReportLink';
import { OriginalLink } from './OriginalLink';

interface Props {
  rows: StatusRow[];
  /** True when a filter hides some of the list, so an empty table says so rather than "no invoices". */
  filtered: boolean;
  /** Keys of invoices whose original file is kept. */
  originals: ReadonlySet<string>;
  lang: UiLanguage;
  onRemoved: () => void;
  onError: (problems: Problem[]) => void;
}

export function InvoiceTable({ rows, filtered, originals, lang, onRemoved, onError }: Props) {
  const zh = lang === 'zh';
  if (!rows.length && filtered) return <p class="empty" data-testid="list-filtered-empty">{zh ? '没有符合筛选条件的发票。' : 'No invoice matches the filter.'}</p>;
  if (!rows.length) return <p class="empty" data-testid="list-empty">{zh ? '还没有发票。' : 'No invoices yet.'}</p>;

  async function remove(key: string): Promise<void> {
    if (!confirm(zh ? `从清单中删除 ${key}？` : `Remove ${key} from the list?`)) return;
    const answer = await sendMessage({ type: 'expected:remove', key });
    if (isFailure(answer)) onError(answer.problems);
    else onRemoved();
  }

  return (
    <table class="invoice-table">
      <thead>
        <tr>
          <th>{zh ? '发票号码' : 'Number'}</th>
          <th>{zh ? '开票日期' : 'Date'}</th>
          <th class="num">{zh ? '价税合计' : 'Total'}</th>
          <th>{zh ? '销方' : 'Seller'}</th>
          <th>{zh ? '状态' : 'Status'}</th>
          <th>{zh ? '主要原因' : 'Main reason'}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.invoice.key} data-testid="invoice-row" data-key={row.invoice.key} data-status={row.status}>
            <td class="key">{row.invoice.key}</td>
            <td>{row.invoice.date}</td>
            <td class="num">{row.invoice.total}</td>
            <td>{row.invoice.sellerName ?? row.invoice.sellerTaxId ?? ''}</td>
            <td>
              <span class={`pill ${row.status}`}>{say(statusText(row.status), lang)}</span>
            </td>
            <td>{row.headline ? say(row.headline.title, lang) : ''}</td>
            <td class="actions">
              {originals.has(row.invoice.key) && <OriginalLink invoiceKey={row.invoice.key} lang={lang} />}
              {hasReport(row.status) && <ReportLink invoiceKey={row.invoice.key} lang={lang} />}
              <button type="button" class="secondary" data-testid="remove" onClick={() => void remove(row.invoice.key)}>
                {zh ? '删除' : 'Remove'}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
