import { useId } from 'preact/hooks';
import type { Ref } from 'preact';
import { ProblemList } from '@/components/ProblemList';
import type { ListRow } from '@/utils/messages';
import { LIST_EDIT_FIELDS, type ListEditField } from '@/utils/list/edit-draft';
import { problemsByField } from '@/utils/list/field-problems';
import { translator } from '@/utils/i18n/t';
import type { UiLanguage } from '@/utils/ui-text';
import { FieldErrors } from './FieldErrors';
import type { Editing } from './use-row-actions';

interface Props {
  row: ListRow;
  index: number;
  columns: number;
  editing: Editing;
  lang: UiLanguage;
  rowRef: Ref<HTMLTableRowElement>;
  onInput: (field: ListEditField, value: string) => void;
  onSave: () => void;
  onCancel: () => void;
}

/** One invoice's row turned into a form; every problem the background finds shows under its own field at once. */
export function EditRow({ row, index, columns, editing, lang, rowRef, onInput, onSave, onCancel }: Props) {
  const id = useId();
  const t = translator(lang);
  const { byField, other } = problemsByField(editing.problems, LIST_EDIT_FIELDS);
  return (
    <tr class="editing" ref={rowRef} data-testid="invoice-row" data-key={row.invoice.key} data-status={row.status} data-editing="true" data-index={index} aria-rowindex={index + 2}>
      <td colSpan={columns}>
        <form
          class="edit-form"
          aria-label={t('list.editing', { key: row.invoice.key })}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            onSave();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onCancel();
          }}
        >
          {LIST_EDIT_FIELDS.map((field) => {
            const inputId = `${id}-${field}`;
            const invalid = byField.has(field);
            return (
              <div key={field} class={invalid ? `field field-${field} invalid` : `field field-${field}`}>
                <label for={inputId}>{t(`list.field.${field}`)}</label>
                <input
                  id={inputId}
                  name={field}
                  data-testid="edit-input"
                  data-field={field}
                  value={editing.draft[field]}
                  aria-invalid={invalid}
                  aria-describedby={invalid ? `${inputId}-error` : undefined}
                  onInput={(e) => onInput(field, e.currentTarget.value)}
                />
                <FieldErrors id={`${inputId}-error`} field={field} problems={byField.get(field)} lang={lang} />
              </div>
            );
          })}
          <div class="edit-actions">
            <button type="submit" data-testid="edit-save" disabled={editing.busy}>
              {t(editing.busy ? 'list.saving' : 'list.save')}
            </button>
            <button type="button" class="secondary" data-testid="edit-cancel" onClick={onCancel}>
              {t('list.cancel')}
            </button>
          </div>
          <ProblemList problems={other} lang={lang} testId="edit-error" kind="error" />
        </form>
      </td>
    </tr>
  );
}
