import { typeName } from './code-tables';
import type { ExpectedInvoice, Problem } from './model';
import { addAmounts, amountsEqual } from './money';
import { normaliseDate } from './normalise';
import { checkLegacyCode, checkLegacyNumber, checkShudianNumber, invoiceKey } from './numbers';
import { problem } from './problem';
import { parseQrPayload, qrTypeToPortalType, type QrData } from './qr';
import { checkTaxId } from './tax-id';

/** FplxDm values that only exist for one kind of number (数电 paper invoices, 85/86, carry both and are in neither). */
const SHUDIAN_ONLY_TYPES = new Set(['81', '82']);
const LEGACY_ONLY_TYPES = new Set(['01', '03', '04', '08', '10', '11', '14', '15']);

/** `date` is left out when it is not a real date: year checks against it would only add noise. */
function checkIdentity(inv: ExpectedInvoice, date: string | undefined): Problem[] {
  if (inv.kind === 'shudian') {
    if (inv.code) {
      return [
        problem(
          'code-not-expected',
          'code',
          `数电发票没有发票代码，但记录里有「${inv.code}」。`,
          `A 数电 invoice has no code, but the record has '${inv.code}'.`,
        ),
      ];
    }
    return checkShudianNumber(inv.number, date);
  }
  if (!inv.code) {
    return [
      problem(
        'code-missing',
        'code',
        '非数电发票需要10位或12位发票代码，记录里没有。',
        'A non-数电 invoice needs its 10- or 12-digit code; the record has none.',
      ),
    ];
  }
  return [...checkLegacyCode(inv.code, date), ...checkLegacyNumber(inv.number)];
}

function checkKey(inv: ExpectedInvoice): Problem[] {
  const expected = invoiceKey(inv.number, inv.code);
  if (inv.key === expected) return [];
  return [
    problem(
      'key-mismatch',
      'number',
      `记录的索引键「${inv.key}」与号码不一致，应为「${expected}」。`,
      `The record key '${inv.key}' does not match its number; expected '${expected}'.`,
    ),
  ];
}

function checkDate(inv: ExpectedInvoice): Problem[] {
  if (normaliseDate(inv.date) === inv.date) return [];
  return [
    problem(
      'date-invalid',
      'date',
      `开票日期「${inv.date}」不是真实存在的日期。`,
      `The issue date '${inv.date}' is not a real calendar date.`,
    ),
  ];
}

function checkTotal(inv: ExpectedInvoice): Problem[] {
  if (inv.amount === undefined || inv.tax === undefined) return [];
  const sum = addAmounts(inv.amount, inv.tax);
  if (amountsEqual(sum, inv.total)) return [];
  return [
    problem(
      'total-mismatch',
      'total',
      `金额 ${inv.amount} + 税额 ${inv.tax} = ${sum}，与价税合计 ${inv.total} 不符。`,
      `Amount ${inv.amount} + tax ${inv.tax} = ${sum}, which differs from the total ${inv.total}.`,
    ),
  ];
}

function checkTaxIds(inv: ExpectedInvoice): Problem[] {
  return [
    ...(inv.sellerTaxId ? checkTaxId(inv.sellerTaxId, 'sellerTaxId') : []),
    ...(inv.buyerTaxId ? checkTaxId(inv.buyerTaxId, 'buyerTaxId') : []),
  ];
}

function checkTypeCode(inv: ExpectedInvoice): Problem[] {
  const t = inv.typeCode;
  if (!t) return [];
  const clash = inv.kind === 'shudian' ? LEGACY_ONLY_TYPES.has(t) : SHUDIAN_ONLY_TYPES.has(t);
  if (!clash) return [];
  const kindZh = inv.kind === 'shudian' ? '数电发票（20位号码）' : '有发票代码的发票';
  const kindEn = inv.kind === 'shudian' ? 'a 数电 invoice (20-digit number)' : 'an invoice with a code';
  const name = typeName(t);
  return [
    problem(
      'type-kind-mismatch',
      'typeCode',
      `票种「${name.zh}」与${kindZh}不符，请核对票种或号码。`,
      `The type '${name.en}' does not fit ${kindEn}; check the type or the number.`,
    ),
  ];
}

function mismatch(field: string, labelZh: string, labelEn: string, inQr: string, inRecord: string): Problem {
  return problem(
    `qr-${field}-mismatch`,
    field,
    `二维码中的${labelZh}是「${inQr}」，但记录填的是「${inRecord}」。`,
    `The QR code says ${labelEn} '${inQr}', but the record has '${inRecord}'.`,
  );
}

/** The QR's amount is 价税合计 for 数电 and 金额 (pre-tax) otherwise; compare only what the record has. */
function compareQr(inv: ExpectedInvoice, qr: QrData): Problem[] {
  const problems: Problem[] = [];
  if (qr.number !== inv.number) problems.push(mismatch('number', '发票号码', 'invoice number', qr.number, inv.number));
  if ((qr.code ?? '') !== (inv.code ?? '')) {
    problems.push(mismatch('code', '发票代码', 'invoice code', qr.code ?? '（空）', inv.code ?? '（空）'));
  }
  if (qr.date !== inv.date) problems.push(mismatch('date', '开票日期', 'issue date', qr.date, inv.date));
  if (qr.amountIsTotal) {
    if (!amountsEqual(qr.amount, inv.total)) problems.push(mismatch('total', '价税合计', 'total', qr.amount, inv.total));
  } else if (inv.amount !== undefined && !amountsEqual(qr.amount, inv.amount)) {
    problems.push(mismatch('amount', '金额（不含税）', 'pre-tax amount', qr.amount, inv.amount));
  }
  if (qr.checkCode && inv.checkCode && qr.checkCode !== inv.checkCode) {
    problems.push(mismatch('checkCode', '校验码', 'check code', qr.checkCode, inv.checkCode));
  }
  const portalType = qrTypeToPortalType(qr.qrType);
  if (portalType && inv.typeCode && portalType !== inv.typeCode) {
    const [inQr, inRecord] = [typeName(portalType), typeName(inv.typeCode)];
    problems.push(problem('qr-typeCode-mismatch', 'typeCode', `二维码中的票种是「${inQr.zh}」，但记录填的是「${inRecord.zh}」。`, `The QR code says the type is '${inQr.en}', but the record has '${inRecord.en}'.`));
  }
  return problems;
}

function checkQr(inv: ExpectedInvoice): Problem[] {
  if (!inv.qr) return [];
  const parsed = parseQrPayload(inv.qr);
  return parsed.ok ? compareQr(inv, parsed.qr) : parsed.problems;
}

/** All structural checks on a stored record; an empty array means well-formed. Warnings: see isWarning. */
export function checkInvoiceRecord(inv: ExpectedInvoice): Problem[] {
  const dateProblems = checkDate(inv);
  return [
    ...checkKey(inv),
    ...dateProblems,
    ...checkIdentity(inv, dateProblems.length ? undefined : inv.date),
    ...checkTotal(inv),
    ...checkTaxIds(inv),
    ...checkTypeCode(inv),
    ...checkQr(inv),
  ];
}
