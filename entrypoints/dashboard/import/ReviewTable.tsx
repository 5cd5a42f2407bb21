import { ProblemList } from '@/components/ProblemList';
import type { ExpectedInvoice } from '@/utils/invoice/model';
import type { DraftField } from '@/utils/extract/types';
import { mergeIntoStored } from '@/utils/import/merge-stored';
import { translator } from '@/utils/i18n/t';
import type { ReviewRow, RowCheck } from '@/utils/import/review-types';
import type { UiLanguage } from '@/utils/ui-text';
import { ReviewCell } from './ReviewCell';

/** The key fields first, then what helps the user tell invoices apart. */
const COLUMNS: readonly DraftField[] = ['code', 'number', 'date', 'total', 'sellerTaxId', 'buyerTaxId', 'sellerName', 'amount', 'tax'];

interface Props {
  rows: ReviewRow[];
  checks: ReadonlyMap<string, RowCheck>;
  lang: UiLanguage;
  now: number;
  onEdit: (rowId: string, field: DraftField, value: string) => void;
  onAccept: (rowId: string, accepted: boolean) => void;
  onMerge: (rowId: string) => void;
  onMergeStored: (rowId: string, merge: boolean) => void;
}

function StoredNote({ row, stored, lang, now, onMergeStored }: { row: ReviewRow; stored: ExpectedInvoice; lang: UiLanguage; now: number; onMergeStored: Props['onMergeStored'] }) {
  const t = translator(lang);
  const merge = mergeIntoStored(stored, row, now);
  const label = (f: DraftField) => t(`import.field.${f}`);
  return (
    <div class="row-note">
      <span>{t('import.storedAlready')}</span>
      {merge.invoice ? (
        <label>
          <input type="checkbox" data-testid="import-merge-stored" checked={row.mergeIntoStored} onChange={(e) => onMergeStored(row.id, (e.currentTarget as HTMLInputElement).checked)} />
          {t('import.mergeStored', { fields: merge.filled.map(label).join(t('common.listSeparator')) })}
        </label>
      ) : (
        <span>{t('import.nothingToFill')}</span>
      )}
      {merge.differing.map((d) => (
        <span key={d.field} class="differs">
          {t('import.differs', { field: label(d.field), stored: d.stored, file: d.file })}
        </span>
      ))}
    </div>
  );
}

/** One row per invoice found, before anything is saved. */
export function ReviewTable({ rows, checks, lang, now, onEdit, onAccept, onMerge, onMergeStored }: Props) {
  const t = translator(lang);
  const nameOf = (id: string | null) => rows.find((r) => r.id === id)?.fileName ?? '';
  return (
    <table class="review-table">
      <thead>
        <tr>
          <th>{t('import.accept')}</th>
          <th>{t('import.file')}</th>
          {COLUMNS.map((c) => (
            <th key={c}>{t(`import.field.${c}`)}</th>
          ))}
          <th>{t('import.state')}</th>
        </tr>
      </thead>
      {rows.map((row) => {
        const check = checks.get(row.id);
        if (!check) return null;
        const savable = (check.state === 'ready' || check.state === 'check') && !row.pending;
        return (
          <tbody key={row.id} class={`review-row state-${check.state}`}>
            <tr data-testid="import-review-row" data-key={check.key ?? ''} data-state={check.state} data-file={row.fileName} data-pending={row.pending ? 'true' : undefined}>
              <td>
                <input type="checkbox" data-testid="import-accept" checked={savable && row.accepted} disabled={!savable} onChange={(e) => onAccept(row.id, (e.currentTarget as HTMLInputElement).checked)} />
              </td>
              <td class="file-name" title={row.fileName}>
                {row.fileName}
                {row.where && <small> {row.where}</small>}
              </td>
              {COLUMNS.map((field) => (
                <ReviewCell
                  key={field}
                  rowId={row.id}
                  field={field}
                  value={row.fields[field]}
                  flag={row.pending ? undefined : check.flagged[field]}
                  lang={lang}
                  disabled={row.pending === true}
                  onEdit={(v) => onEdit(row.id, field, v)}
                />
              ))}
              <td>
                {row.pending ? (
                  <span class="pill row-pending">{t('import.pending')}</span>
                ) : (
                  <span class={`pill row-${check.state}`}>{t(`import.rowState.${check.state}`)}</span>
                )}
              </td>
            </tr>
            {!row.pending && (check.errors.length > 0 || check.warnings.length > 0 || check.state === 'duplicate' || check.state === 'stored') && (
              <tr class="row-details">
                <td colSpan={COLUMNS.length + 3}>
                  <ProblemList problems={check.errors} lang={lang} testId="review-error" kind="error" />
                  <ProblemList problems={check.warnings} lang={lang} testId="review-warning" kind="warning" />
                  {check.state === 'duplicate' && (
                    <div class="row-note">
                      <span>{t('import.duplicateOf', { name: nameOf(check.duplicateOf) })}</span>
                      <button type="button" class="secondary" data-testid="import-merge" onClick={() => onMerge(row.id)}>
                        {t('import.merge')}
                      </button>
                    </div>
                  )}
                  {check.state === 'stored' && check.stored && <StoredNote row={row} stored={check.stored} lang={lang} now={now} onMergeStored={onMergeStored} />}
                </td>
              </tr>
            )}
          </tbody>
        );
      })}
    </table>
  );
}
