import { useId, useRef, useState } from 'preact/hooks';
import { ProblemList } from '@/components/ProblemList';
import { problemsByField } from '@/utils/list/field-problems';
import type { Problem } from '@/utils/invoice/model';
import type { ExpectedInputMessage } from '@/utils/messages';
import { isFailure, sendMessage } from '@/utils/send-message';
import { translator, type MessageKey, type Translate } from '@/utils/i18n/t';
import type { UiLanguage } from '@/utils/ui-text';
import { FieldErrors } from './list/FieldErrors';

type FieldName = 'number' | 'code' | 'date' | 'total' | 'sellerTaxId' | 'buyerTaxId' | 'sellerName';

/** The date's hint is its format, the same in every language; the other hints are t() keys. */
const DATE_FORMAT = 'YYYY-MM-DD';
type HintKey = Extract<MessageKey, `dashboard.hint.${string}`>;

/** Each field's label is `dashboard.field.<name>`. */
const FIELDS: Array<{ name: FieldName; testId: string; hint?: HintKey | typeof DATE_FORMAT; required?: boolean }> = [
  { name: 'number', testId: 'add-number', hint: 'dashboard.hint.number', required: true },
  { name: 'code', testId: 'add-code', hint: 'dashboard.hint.code' },
  { name: 'date', testId: 'add-date', hint: DATE_FORMAT, required: true },
  { name: 'total', testId: 'add-total', hint: 'dashboard.hint.total', required: true },
  { name: 'sellerTaxId', testId: 'add-seller-tax-id', hint: 'dashboard.hint.sellerTaxId' },
  { name: 'sellerName', testId: 'add-seller-name' },
  { name: 'buyerTaxId', testId: 'add-buyer-tax-id', hint: 'dashboard.hint.buyerTaxId' },
];

function placeholder(hint: HintKey | typeof DATE_FORMAT | undefined, t: Translate): string {
  if (!hint) return '';
  return hint === DATE_FORMAT ? hint : t(hint);
}

const FIELD_NAMES = FIELDS.map((f) => f.name);

const EMPTY: Record<FieldName, string> = { number: '', code: '', date: '', total: '', sellerTaxId: '', buyerTaxId: '', sellerName: '' };

function toMessage(values: Record<FieldName, string>): ExpectedInputMessage {
  const optional = (v: string) => (v.trim() ? v : undefined);
  return {
    number: values.number,
    code: optional(values.code),
    date: values.date,
    total: values.total,
    sellerTaxId: optional(values.sellerTaxId),
    sellerName: optional(values.sellerName),
    buyerTaxId: optional(values.buyerTaxId),
  };
}

export function AddInvoiceForm({ lang, onAdded }: { lang: UiLanguage; onAdded: () => void }) {
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Problem[]>([]);
  const [warnings, setWarnings] = useState<Problem[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const id = useId();
  const t = translator(lang);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setAdded(null);
    setBusy(true);
    const result = await sendMessage({ type: 'expected:add', input: toMessage(values) });
    setBusy(false);
    if (isFailure(result)) {
      setErrors(result.problems);
      setWarnings([]);
      // Every problem shows at once under its field; the first of those fields takes the focus.
      const first = FIELD_NAMES.find((name) => result.problems.some((p) => p.field === name));
      if (first) form.current?.querySelector<HTMLInputElement>(`input[name=${first}]`)?.focus();
      return;
    }
    setErrors([]);
    setWarnings(result.warnings);
    setAdded(result.invoice.key);
    setValues({ ...EMPTY, buyerTaxId: values.buyerTaxId });
    onAdded();
  }

  const { byField, other } = problemsByField(errors, FIELD_NAMES);
  return (
    <form class="add-form" ref={form} onSubmit={(e) => void submit(e)} noValidate>
      {FIELDS.map((f) => {
        const invalid = byField.has(f.name);
        const inputId = `${id}-${f.name}`;
        return (
          <div key={f.name} class={invalid ? 'field invalid' : 'field'}>
            <label for={inputId}>
              {t(`dashboard.field.${f.name}`)}
              {f.required && <em>*</em>}
            </label>
            <input
              id={inputId}
              data-testid={f.testId}
              name={f.name}
              value={values[f.name]}
              placeholder={placeholder(f.hint, t)}
              aria-invalid={invalid}
              aria-describedby={invalid ? `${inputId}-error` : undefined}
              onInput={(e) => setValues({ ...values, [f.name]: (e.currentTarget as HTMLInputElement).value })}
            />
            <FieldErrors id={`${inputId}-error`} field={f.name} problems={byField.get(f.name)} lang={lang} itemTestId="add-error" />
          </div>
        );
      })}
      <div class="form-actions">
        <button type="submit" data-testid="add-submit" disabled={busy}>{t('dashboard.add')}</button>
        {added && <span class="ok" data-testid="add-ok">{t('dashboard.added', { key: added })}</span>}
      </div>
      <ProblemList problems={other} lang={lang} testId="add-error" kind="error" />
      <ProblemList problems={warnings} lang={lang} testId="add-warning" kind="warning" />
    </form>
  );
}
