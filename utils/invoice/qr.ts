import type { Problem } from './model';
import { normaliseAmount, normaliseDate } from './normalise';
import { problem } from './problem';

export interface QrData {
  version: string;
  qrType: string;
  code?: string;
  number: string;
  /** Canonical amount. */
  amount: string;
  /** YYYY-MM-DD */
  date: string;
  checkCode?: string;
  crc: string;
  crcValid: boolean;
  kind: 'shudian' | 'legacy';
  /** True for 数电 e-invoices (价税合计); false when the payload carries the pre-tax 金额. */
  amountIsTotal: boolean;
}

export type QrParseResult = { ok: true; qr: QrData } | { ok: false; problems: Problem[] };

/** CRC-16/BUYPASS (poly 0x8005, init 0, no reflection, xorout 0) over the UTF-8 bytes. */
export function crc16Buypass(s: string): number {
  let crc = 0;
  for (const byte of new TextEncoder().encode(s)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x8005) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

function formatCrc(crc: number): string {
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

const PORTAL_TYPE_BY_QR_TYPE: Readonly<Record<string, string>> = {
  '31': '81',
  '32': '82',
  '01': '01',
  '04': '04',
  '10': '10',
  '20': '08',
};

/** Portal FplxDm for a QR type, when the mapping is known. */
export function qrTypeToPortalType(qrType: string): string | undefined {
  return Object.hasOwn(PORTAL_TYPE_BY_QR_TYPE, qrType) ? PORTAL_TYPE_BY_QR_TYPE[qrType] : undefined;
}

function qrProblem(code: string, zh: string, en: string): Problem {
  return problem(code, 'qr', zh, en);
}

/** `amount` and `date` are the normalised fields 5 and 6, null when unreadable. */
function checkFields(f: readonly string[], amount: string | null, date: string | null): Problem[] {
  const [version = '', qrType = '', code = '', number = '', amountRaw = '', dateRaw = '', checkCode = '', crc = ''] = f;
  const problems: Problem[] = [];
  if (!/^\d{2}$/.test(version) || !/^\d{2}$/.test(qrType)) {
    problems.push(
      qrProblem(
        'qr-header',
        `二维码开头应为两位版本号和两位票种（如「01,32」），实际是「${version},${qrType}」。`,
        `The payload should start with a 2-digit version and 2-digit type (e.g. '01,32'); got '${version},${qrType}'.`,
      ),
    );
  }
  if (code === '' ? !/^\d{20}$/.test(number) : !/^(\d{10}|\d{12})$/.test(code) || !/^\d{8}$/.test(number)) {
    problems.push(
      qrProblem(
        'qr-number',
        `二维码第3–4项应为「空,20位号码」或「10/12位代码,8位号码」，实际是「${code},${number}」。`,
        `Fields 3–4 should be 'empty, 20-digit number' or '10/12-digit code, 8-digit number'; got '${code},${number}'.`,
      ),
    );
  }
  if (amount === null) {
    problems.push(
      qrProblem('qr-amount', `二维码第5项金额「${amountRaw}」不是有效金额。`, `Field 5 ('${amountRaw}') is not a valid amount.`),
    );
  }
  if (date === null) {
    problems.push(
      qrProblem(
        'qr-date',
        `二维码第6项开票日期「${dateRaw}」不是有效的8位日期（YYYYMMDD）。`,
        `Field 6 ('${dateRaw}') is not a valid 8-digit date (YYYYMMDD).`,
      ),
    );
  }
  if (checkCode !== '' && !/^\d+$/.test(checkCode)) {
    problems.push(
      qrProblem('qr-check-code', `二维码第7项校验码「${checkCode}」应只含数字。`, `Field 7 check code ('${checkCode}') must be digits.`),
    );
  }
  if (!/^[0-9A-F]{4}$/i.test(crc)) {
    problems.push(
      qrProblem(
        'qr-crc-format',
        `二维码第8项「${crc}」应为4位十六进制校验值。`,
        `Field 8 ('${crc}') should be a 4-digit hexadecimal CRC.`,
      ),
    );
  }
  return problems;
}

/** Reads an invoice QR payload `01,TYPE,CODE,NUMBER,AMOUNT,YYYYMMDD,CHECKCODE,CRC[,]` and verifies its CRC. */
export function parseQrPayload(s: string): QrParseResult {
  const fields = s.trim().split(',');
  // Legacy payloads end with a trailing comma, i.e. an empty ninth field.
  if (fields.length === 9 && fields[8] === '') fields.pop();
  if (fields.length !== 8) {
    return {
      ok: false,
      problems: [
        qrProblem(
          'qr-field-count',
          `二维码内容应有8项（以逗号分隔），实际有${fields.length}项；这可能不是发票二维码。`,
          `An invoice QR payload has 8 comma-separated fields; this one has ${fields.length}. It may not be an invoice QR code.`,
        ),
      ],
    };
  }
  const [version = '', qrType = '', code = '', number = '', amountRaw = '', dateRaw = '', checkCode = '', crcRaw = ''] =
    fields;
  // The payload is machine-written: plain decimals and YYYYMMDD only, no lenient forms.
  const amount = /^-?\d+(\.\d{1,2})?$/.test(amountRaw) ? normaliseAmount(amountRaw) : null;
  const date = /^\d{8}$/.test(dateRaw) ? normaliseDate(dateRaw) : null;
  const problems = checkFields(fields, amount, date);
  if (problems.length || amount === null || date === null) return { ok: false, problems };

  const crc = crcRaw.toUpperCase();
  const computed = formatCrc(crc16Buypass(`${fields.slice(0, 7).join(',')},`));
  if (computed !== crc) {
    return {
      ok: false,
      problems: [
        qrProblem(
          'qr-crc-mismatch',
          `二维码校验值不符：按内容算应为「${computed}」，二维码里是「${crc}」。二维码可能识别错了，或内容被改过。`,
          `QR checksum mismatch: the content gives '${computed}', the code says '${crc}'. The QR code was misread or its content altered.`,
        ),
      ],
    };
  }
  const kind = code === '' ? 'shudian' : 'legacy';
  const qr: QrData = { version, qrType, number, amount, date, crc, crcValid: true, kind, amountIsTotal: kind === 'shudian' };
  if (code !== '') qr.code = code;
  if (checkCode !== '') qr.checkCode = checkCode;
  return { ok: true, qr };
}
