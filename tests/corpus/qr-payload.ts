/** The invoice QR payload of DESIGN.md §3, and its QR image. */
import QRCode from 'qrcode';
import { crc16Buypass } from '../../utils/invoice/qr';

export interface QrFields {
  qrType: string;
  /** Empty for 数电. */
  code: string;
  number: string;
  /** 价税合计 for 数电, 金额 for legacy invoices (canonical "1234.50"). */
  amount: string;
  /** YYYY-MM-DD */
  date: string;
  checkCode: string;
}

/**
 * `01,TYPE,CODE,NUMBER,AMOUNT,YYYYMMDD,CHECKCODE,CRC`. 数电 issuers drop trailing zeros from the amount (real codes read
 * `112` and `0.01`) and end at the CRC; legacy issuers keep two decimals and end with a comma.
 */
export function qrPayload(f: QrFields): string {
  const shudian = f.code === '';
  const amount = shudian ? f.amount.replace(/\.?0+$/, '') : f.amount;
  const head = `01,${f.qrType},${f.code},${f.number},${amount},${f.date.replaceAll('-', '')},${f.checkCode},`;
  const crc = crc16Buypass(head).toString(16).toUpperCase().padStart(4, '0');
  return shudian ? `${head}${crc}` : `${head}${crc},`;
}

/** PNG data URL, 8 px per module and no quiet zone: the layouts leave white space around it, as the real ones do. */
export function qrDataUrl(payload: string): Promise<string> {
  return QRCode.toDataURL(payload, { errorCorrectionLevel: 'M', margin: 0, scale: 8 });
}
