import type { Problem } from '@/utils/invoice/model';
import { say, type UiLanguage } from '@/utils/ui-text';

/**
 * The problems of one form field, shown beneath its input; `id` lets the input name them as its description.
 * `itemTestId` keeps a form's own per-problem hook (the add form's `add-error`).
 */
export function FieldErrors({ id, field, problems, lang, itemTestId }: { id: string; field: string; problems: readonly Problem[] | undefined; lang: UiLanguage; itemTestId?: string }) {
  if (!problems?.length) return null;
  return (
    <ul class="field-errors" id={id} data-testid="field-error" data-field={field}>
      {problems.map((p) => (
        <li key={p.code} data-testid={itemTestId} data-field={p.field} data-code={p.code}>
          {say(p, lang)}
        </li>
      ))}
    </ul>
  );
}
