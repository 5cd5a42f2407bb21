import type { DraftField } from '@/utils/extract/types';
import { translator } from '@/utils/i18n/t';
import type { ReviewField, RowCheck } from '@/utils/import/review-types';
import { FIELD_SOURCE_NAMES } from '@/utils/invoice/field-names';
import { say, type UiLanguage } from '@/utils/ui-text';

interface Props {
  rowId: string;
  field: DraftField;
  value: ReviewField | undefined;
  flag: RowCheck['flagged'][DraftField];
  lang: UiLanguage;
  disabled: boolean;
  onEdit: (value: string) => void;
}

/** One value of a reviewed invoice: editable in place, with where it came from and how sure the reading is. */
export function ReviewCell({ rowId, field, value, flag, lang, disabled, onEdit }: Props) {
  const t = translator(lang);
  const conflicts = value?.conflicts
    .map((c) => t('import.conflictWith', { value: c.value, source: say(FIELD_SOURCE_NAMES[c.source], lang) }))
    .join(t('import.conflictSeparator'));
  // What other sources read is one pick away from the input.
  const listId = value?.conflicts.length ? `alt-${rowId}-${field}` : undefined;
  return (
    <td class={`review-cell${flag ? ` flag-${flag}` : ''}`} data-testid="review-field" data-field={field} data-source={value?.source ?? ''} data-flag={flag ?? ''}>
      <input
        list={listId}
        disabled={disabled}
        value={value?.value ?? ''}
        aria-label={t(`import.field.${field}`)}
        aria-invalid={flag === 'error'}
        title={conflicts || undefined}
        onChange={(e) => onEdit((e.currentTarget as HTMLInputElement).value)}
      />
      {listId && (
        <datalist id={listId}>
          {value!.conflicts.map((c) => (
            <option key={c.value} value={c.value} />
          ))}
        </datalist>
      )}
      {value && (
        <span class="origin" title={conflicts || undefined}>
          {say(FIELD_SOURCE_NAMES[value.source], lang)}
          {value.source !== 'manual' && ` ${Math.round(value.confidence * 100)}%`}
          {value.confirmed && ' ✓'}
        </span>
      )}
    </td>
  );
}
