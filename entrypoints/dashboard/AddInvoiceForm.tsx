import { useId, useRef, useState } from 'preact/hooks';
import { ProblemList } from '@/components/ProblemList';
import { problemsByField } from '@/utils/list/field-problems';
import type { Problem } from '@/utils/invoice/model';
import type { ExpectedInputMessage } from '@/utils/messages';
import { isFailure, sendMessage } from '@/utils/send-message';
import type { UiLanguage } from '@/utils/ui-text';
import { FieldErrors } from './list/FieldErrors';

type FieldName = 'number' | 'code' | 'date' | 'total' | 'sellerTaxId' | 'buyerTaxId' | 'sellerName';

const FIELDS: Array<{ name: FieldName; testId: string; zh: string; en: string; placeholder: string; required?: boolean }> = [
  { name: 'number', testId: 'add-number', zh: '发票号码', en: 'Invoice number', placeholder: '20 位数电号码，或 8 位号码', required: true },
  { name: 'code', testId: 'add-code', zh: '发票代码（仅旧版发票）', en: 'Invoice code (legacy only)', placeholder: '10 或 12 位' },
  { name: 'date', testId: 'add-date', zh: '开票日期', en: 'Issue date', placeholder: 'YYYY-MM-DD', required: true },
  { name: 'total', testId: 'add-total', zh: '价税合计', en: 'Total incl. tax', placeholder: '例如 1130.00', required: true },
  { name: 'sellerTaxId', testId: 'add-seller-tax-id', zh: '销方纳税人识别号', en: 'Seller tax ID', placeholder: '18 位统一社会信用代码' },
  { name: 'sellerName', testId: 'add-seller-name', zh: '销方名称', en: 'Seller name', placeholder: '' },
  { name: 'buyerTaxId', testId: 'add-buyer-tax-id', zh: '购方纳税人识别号', en: 'Buyer tax ID', placeholder: '本单位税号' },
];

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
  const zh = lang === 'zh';

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
              {zh ? f.zh : f.en}
              {f.required && <em>*</em>}
            </label>
            <input
              id={inputId}
              data-testid={f.testId}
              name={f.name}
              value={values[f.name]}
              placeholder={f.placeholder}
              aria-invalid={invalid}
              aria-describedby={invalid ? `${inputId}-error` : undefined}
              onInput={(e) => setValues({ ...values, [f.name]: (e.currentTarget as HTMLInputElement).value })}
            />
            <FieldErrors id={`${inputId}-error`} field={f.name} problems={byField.get(f.name)} lang={lang} itemTestId="add-error" />
          </div>
        );
      })}
      <div class="form-actions">
        <button type="submit" data-testid="add-submit" disabled={busy}>{zh ? '添加' : 'Add'}</button>
        {added && <span class="ok" data-testid="add-ok">{zh ? `已添加 ${added}` : `Added ${added}`}</span>}
      </div>
      <ProblemList problems={other} lang={lang} testId="add-error" kind="error" />
      <ProblemList problems={warnings} lang={lang} testId="add-warning" kind="warning" />
    </form>
  );
}
