import { normaliseDigits } from '../invoice/normalise';
import { invoiceKey } from '../invoice/numbers';

export interface InvoiceIdentity {
  key: string;
  number: string;
  code?: string;
}

export interface RowNumbers {
  /** Fphm / 发票号码: the 20-digit 数电 number, or a legacy 8-digit number (then with `code`). */
  number?: string;
  /** Fpdm / 发票代码. */
  code?: string;
  /** Qdfphm / 数电发票号码: the separate 数电 number field. */
  shudianNumber?: string;
  /** ZzfpDm / Zzfphm: the paper code and 8-digit number of legacy and 数电 paper invoices. */
  paperCode?: string;
  paperNumber?: string;
}

function shudian(raw: RowNumbers): InvoiceIdentity | null {
  for (const candidate of [raw.shudianNumber, raw.number]) {
    const n = normaliseDigits(candidate ?? '');
    if (/^\d{20}$/.test(n)) return { key: invoiceKey(n), number: n };
  }
  return null;
}

function paper(raw: RowNumbers): InvoiceIdentity | null {
  for (const [codeText, numberText] of [[raw.paperCode, raw.paperNumber], [raw.code, raw.number]] as const) {
    const number = normaliseDigits(numberText ?? '');
    const code = normaliseDigits(codeText ?? '');
    if (/^\d{8}$/.test(number) && /^(\d{10}|\d{12})$/.test(code)) return { key: invoiceKey(number, code), number, code };
  }
  return null;
}

/**
 * The keys an invoice row is known by. A 数电 paper invoice has two: its 20-digit number and its code + 8-digit
 * number, and the user may have registered it by either; the 数电 number comes first. Empty when the row has no
 * usable number.
 */
export function invoiceIdentities(raw: RowNumbers): InvoiceIdentity[] {
  return [shudian(raw), paper(raw)].filter((id): id is InvoiceIdentity => id !== null);
}
