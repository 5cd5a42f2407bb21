import type { Problem } from '../../invoice/model';
import { parseQrPayload, qrTypeToPortalType } from '../../invoice/qr';
import { readingsOf } from '../combine';
import type { Reading } from '../types';

/** The amount field is 价税合计 on 数电 payloads and the pre-tax 金额 on legacy ones. */
export function qrReadings(payload: string): { readings: Reading[]; problems: Problem[] } {
  const parsed = parseQrPayload(payload);
  if (!parsed.ok) return { readings: [], problems: parsed.problems };
  const { qr } = parsed;
  const readings = readingsOf(
    {
      number: qr.number,
      code: qr.code,
      date: qr.date,
      [qr.amountIsTotal ? 'total' : 'amount']: qr.amount,
      checkCode: qr.checkCode,
      typeCode: qrTypeToPortalType(qr.qrType),
      qr: payload.trim(),
    },
    'qr',
  );
  return { readings, problems: [] };
}

/** Invoice QR payloads start with a 2-digit version and type; anything else in a picture (a URL, a shop's code) is not one. */
export function looksLikeInvoiceQr(text: string): boolean {
  return /^\d{2},\d{2},/.test(text.trim());
}
