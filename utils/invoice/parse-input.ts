import { z } from 'zod';
import { checkInvoiceRecord } from './check-record';
import { chinaIsoDate } from './china-time';
import { fieldLabel } from './field-names';
import { ExpectedInvoice, FieldOrigin, TEXT_LIMITS, type Problem } from './model';
import { normaliseAmount, normaliseDate, normaliseDigits, normaliseTaxId, toHalfWidth } from './normalise';
import { classifyNumberInput, invoiceKey, type NumberSuggestion } from './numbers';
import { problem } from './problem';
import { isWarning } from './severity';

/** What a form, a file extractor or an import row hands in: raw text, not yet normalised. */
export const ExpectedInput = z.object({
  number: z.string(),
  code: z.string().optional(),
  date: z.string(),
  total: z.string(),
  amount: z.string().optional(),
  tax: z.string().optional(),
  sellerTaxId: z.string().optional(),
  sellerName: z.string().optional(),
  buyerTaxId: z.string().optional(),
  buyerName: z.string().optional(),
  typeCode: z.string().optional(),
  checkCode: z.string().optional(),
  qr: z.string().optional(),
  note: z.string().optional(),
  origins: z.record(z.string(), FieldOrigin).optional(),
});
export type ExpectedInput = z.infer<typeof ExpectedInput>;

export type ParseExpectedResult =
  | { ok: true; invoice: ExpectedInvoice; warnings: Problem[] }
  | { ok: false; problems: Problem[]; suggestion?: NumberSuggestion };

type InputField = Exclude<keyof ExpectedInput, 'origins'>;

const MANUAL: FieldOrigin = { source: 'manual', confidence: 1 };

function given(raw: ExpectedInput, field: InputField): string | undefined {
  const v = raw[field]?.trim();
  return v ? v : undefined;
}

function readAmount(
  raw: ExpectedInput,
  field: 'total' | 'amount' | 'tax',
  label: { zh: string; en: string },
  errors: Problem[],
): string | undefined {
  const text = given(raw, field);
  if (text === undefined) return undefined;
  const amount = normaliseAmount(text);
  if (amount === null) {
    errors.push(
      problem(
        `${field}-invalid`,
        field,
        `${label.zh}「${text}」不是有效金额：只能含数字、小数点、千分位逗号和负号，最多两位小数。`,
        `${label.en} '${text}' is not a valid amount: digits, a decimal point, thousands commas and a minus sign only, at most two decimals.`,
      ),
    );
    return undefined;
  }
  return amount;
}

function originsFor(raw: ExpectedInput): Record<string, FieldOrigin> {
  const origins: Record<string, FieldOrigin> = {};
  for (const field of Object.keys(ExpectedInput.shape) as (keyof ExpectedInput)[]) {
    if (field === 'origins' || given(raw, field) === undefined) continue;
    origins[field] = raw.origins?.[field] ?? MANUAL;
  }
  return origins;
}

/** Drops undefined values so stored records only carry the fields that were given. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Normalises and validates raw input into an ExpectedInvoice; errors block, soft findings come back as warnings. */
export function parseExpectedInput(raw: ExpectedInput, now: number): ParseExpectedResult {
  const shape = ExpectedInput.safeParse(raw);
  if (!shape.success) {
    const where = shape.error.issues.map((i) => i.path.join('.')).join(', ');
    return {
      ok: false,
      problems: [problem('input-shape', 'input', `输入格式不正确：${where}。`, `Malformed input: ${where}.`)],
    };
  }
  const input = shape.data;
  const errors: Problem[] = [];
  for (const [field, max] of Object.entries(TEXT_LIMITS) as Array<[keyof typeof TEXT_LIMITS, number]>) {
    const length = given(input, field)?.length ?? 0;
    const name = fieldLabel(field);
    if (length > max) errors.push(problem('too-long', field, `${name.zh}过长（${length} 个字符，最多 ${max} 个）。`, `The ${name.en} is too long (${length} characters; at most ${max}).`));
  }

  const numbers = classifyNumberInput(input.number, input.code);
  errors.push(...numbers.problems);

  const dateText = given(input, 'date');
  const date = dateText === undefined ? null : normaliseDate(dateText);
  if (dateText === undefined) {
    errors.push(problem('date-missing', 'date', '请填写开票日期。', 'Enter the issue date.'));
  } else if (date === null) {
    errors.push(
      problem(
        'date-invalid',
        'date',
        `开票日期「${dateText}」无法识别或不是真实日期（例如没有2月30日、13月）；请写成 2024-04-22 或 2024年4月22日。`,
        `The issue date '${dateText}' is not recognised or not a real date (there is no 30 February or month 13); write it as 2024-04-22.`,
      ),
    );
  }

  const total = readAmount(input, 'total', { zh: '价税合计', en: 'Total' }, errors);
  if (given(input, 'total') === undefined) {
    errors.push(problem('total-missing', 'total', '请填写价税合计。', 'Enter the total (价税合计).'));
  }
  const amount = readAmount(input, 'amount', { zh: '金额', en: 'Amount' }, errors);
  const tax = readAmount(input, 'tax', { zh: '税额', en: 'Tax' }, errors);

  const typeCode = toHalfWidth(given(input, 'typeCode') ?? '').trim() || undefined;
  if (typeCode && !/^\d{2}$/.test(typeCode)) {
    errors.push(
      problem(
        'type-code-invalid',
        'typeCode',
        `票种代码「${typeCode}」应为两位数字（如 81 数电专票、82 数电普票）。`,
        `Type code '${typeCode}' should be two digits (e.g. 81, 82).`,
      ),
    );
  }
  const checkCode = normaliseDigits(given(input, 'checkCode') ?? '') || undefined;
  if (checkCode && !/^\d+$/.test(checkCode)) {
    errors.push(
      problem('check-code-invalid', 'checkCode', `校验码「${checkCode}」只能是数字。`, `Check code '${checkCode}' must be digits.`),
    );
  }

  if (errors.length || numbers.kind === 'invalid' || date === null || total === undefined) {
    const { suggestion } = numbers;
    return suggestion ? { ok: false, problems: errors, suggestion } : { ok: false, problems: errors };
  }

  const number = normaliseDigits(input.number);
  const code = numbers.kind === 'legacy' ? normaliseDigits(input.code ?? '') : undefined;
  const taxId = (field: 'sellerTaxId' | 'buyerTaxId') => normaliseTaxId(given(input, field) ?? '') || undefined;
  const invoice: ExpectedInvoice = compact({
    key: invoiceKey(number, code),
    kind: numbers.kind,
    number,
    code,
    date,
    total,
    amount,
    tax,
    sellerTaxId: taxId('sellerTaxId'),
    sellerName: given(input, 'sellerName'),
    buyerTaxId: taxId('buyerTaxId'),
    buyerName: given(input, 'buyerName'),
    typeCode,
    checkCode,
    qr: given(input, 'qr'),
    note: given(input, 'note'),
    origins: originsFor(input),
    addedAt: now,
    updatedAt: now,
  });

  const found = checkInvoiceRecord(invoice);
  // Invoices are dated in China time: late-evening entries elsewhere are not "in the future".
  const today = chinaIsoDate(now);
  if (date > today) {
    found.push(
      problem(
        'date-in-future',
        'date',
        `开票日期 ${date} 晚于今天（${today}），请核对。`,
        `The issue date ${date} is after today (${today}); please check.`,
      ),
    );
  }
  const blocking = found.filter((p) => !isWarning(p));
  const warnings = found.filter(isWarning);
  if (blocking.length) return { ok: false, problems: [...blocking, ...warnings] };
  return { ok: true, invoice, warnings };
}
