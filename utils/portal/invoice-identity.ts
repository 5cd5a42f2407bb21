import { normaliseDigits } from '../invoice/normalise';
import { invoiceKey } from '../invoice/numbers';

export interface InvoiceIdentity {
  key: string;
  number: string;
  code?: string;
}

/**
 * Key of an invoice row as the portal shows it. `shudianNumber` is the separate 数电 number field (Qdfphm,
 * 数电发票号码): when set it wins, because 数电 paper invoices carry a code and 8-digit number as well.
 * Returns null when the row has no usable number.
 */
export function invoiceIdentity(raw: { number?: string; code?: string; shudianNumber?: string }): InvoiceIdentity | null {
  const shudian = normaliseDigits(raw.shudianNumber ?? '');
  if (/^\d{20}$/.test(shudian)) return { key: invoiceKey(shudian), number: shudian };
  const number = normaliseDigits(raw.number ?? '');
  const code = normaliseDigits(raw.code ?? '');
  if (/^\d{8}$/.test(number) && /^(\d{10}|\d{12})$/.test(code)) {
    return { key: invoiceKey(number, code), number, code };
  }
  if (/^\d{20}$/.test(number)) return { key: invoiceKey(number), number };
  return null;
}
