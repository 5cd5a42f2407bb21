import { toHalfWidth } from '../invoice/normalise';

/** Portal codes are two digits; some deployments send them as numbers, which drops the leading zero. */
export function normaliseCode(value: string | number): string | null {
  const s = toHalfWidth(String(value)).trim();
  if (!/^\d{1,3}$/.test(s)) return null;
  return s.padStart(2, '0');
}

function textKey(text: string): string {
  return toHalfWidth(text).replace(/[\s\-－—–_()（）]/g, '');
}

const STATUS_BY_TEXT: Readonly<Record<string, string>> = {
  正常: '01',
  已作废: '02',
  作废: '02',
  已红冲全额: '03',
  全额红冲: '03',
  红冲全额: '03',
  已红冲部分: '04',
  部分红冲: '04',
  红冲部分: '04',
};

const RISK_BY_TEXT: Readonly<Record<string, string>> = {
  正常: '01',
  异常凭证: '02',
  疑点发票: '03',
};

/** Only names that mean one FplxDm; e.g. bare 电子发票 could be 81 or 82 and stays unknown. */
const TYPE_BY_TEXT: Readonly<Record<string, string>> = {
  增值税专用发票: '01',
  机动车销售统一发票: '03',
  增值税普通发票: '04',
  增值税电子专用发票: '08',
  增值税电子普通发票: '10',
  增值税普通发票卷式: '11',
  增值税普通发票卷票: '11',
  增值税电子普通发票通行费: '14',
  二手车销售统一发票: '15',
  电子发票铁路电子客票: '51',
  电子发票航空运输电子客票行程单: '61',
  电子发票增值税专用发票: '81',
  数电发票增值税专用发票: '81',
  数电票增值税专用发票: '81',
  电子发票普通发票: '82',
  数电发票普通发票: '82',
  数电票普通发票: '82',
  纸质发票增值税专用发票: '85',
  数电纸质发票增值税专用发票: '85',
  纸质发票普通发票: '86',
  数电纸质发票普通发票: '86',
};

function lookup(table: Readonly<Record<string, string>>, text: string): string | null {
  const key = textKey(text);
  if (Object.hasOwn(table, key)) return table[key] ?? null;
  // Cells sometimes show the code itself.
  return /^\d{2}$/.test(key) ? key : null;
}

export const statusCodeFromText = (text: string): string | null => lookup(STATUS_BY_TEXT, text);
export const riskCodeFromText = (text: string): string | null => lookup(RISK_BY_TEXT, text);
export const typeCodeFromText = (text: string): string | null => lookup(TYPE_BY_TEXT, text);
