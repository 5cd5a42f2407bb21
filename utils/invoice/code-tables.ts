import type { BilingualText } from '../ui-text';

/*
 * The portal's code tables, in one place: invoice status (FpztDm), risk level, invoice type (FplxDm), what a legacy
 * invoice code says about its kind, and the 勾选 list's own status codes. Every sighting is stored in the
 * 全量发票查询 codes; other lists are translated into them when read.
 */

/** FpztDm of 全量发票查询. */
export const STATUS_NAMES: Readonly<Record<string, BilingualText>> = {
  '01': { zh: '正常', en: 'normal' },
  '02': { zh: '已作废', en: 'voided' },
  '03': { zh: '已红冲-全额', en: 'fully red-flushed' },
  '04': { zh: '已红冲-部分', en: 'partly red-flushed' },
};
/** An empty status filter on the portal means all of these. */
export const ALL_STATUS_CODES: readonly string[] = Object.keys(STATUS_NAMES);
export const NORMAL_STATUS = '01';
export const VOIDED_STATUS = '02';
export const RED_STATUSES: readonly string[] = ['03', '04'];

/** 发票风险等级: 01 正常, and the levels that stop an invoice being deducted normally. */
export const RISK_NAMES: Readonly<Record<string, BilingualText>> = {
  '02': { zh: '异常凭证', en: 'abnormal voucher' },
  '03': { zh: '疑点发票', en: 'suspicious invoice' },
};
export const RISK_CODES: readonly string[] = Object.keys(RISK_NAMES);
const ABNORMAL_VOUCHER = '02';

/** FplxDm. */
export const TYPE_NAMES: Readonly<Record<string, BilingualText>> = {
  '01': { zh: '增值税专用发票', en: 'VAT special invoice' },
  '03': { zh: '机动车销售统一发票', en: 'motor vehicle invoice' },
  '04': { zh: '增值税普通发票', en: 'VAT ordinary invoice' },
  '08': { zh: '增值税电子专用发票', en: 'VAT e-special invoice' },
  '10': { zh: '增值税电子普通发票', en: 'VAT e-ordinary invoice' },
  '11': { zh: '卷式发票', en: 'roll invoice' },
  '14': { zh: '通行费电子普通发票', en: 'toll e-invoice' },
  '15': { zh: '二手车销售统一发票', en: 'used car invoice' },
  '51': { zh: '铁路电子客票', en: 'railway e-ticket' },
  '61': { zh: '航空运输电子客票行程单', en: 'air e-ticket itinerary' },
  '81': { zh: '数电专票', en: 'digital special invoice' },
  '82': { zh: '数电普票', en: 'digital ordinary invoice' },
  '85': { zh: '数电纸质专票', en: 'digital paper special invoice' },
  '86': { zh: '数电纸质普票', en: 'digital paper ordinary invoice' },
};
/**
 * A code as the user reads it: its name alone (`已作废`, not `已作废（02）`); a code the table does not know is
 * called what it is (`票种代码 07`), so no bare number ever stands in the user's text.
 */
function namer(names: Readonly<Record<string, BilingualText>>, what: BilingualText): (code: string) => BilingualText {
  return (code) => names[code] ?? { zh: `${what.zh} ${code}`, en: `${what.en} ${code}` };
}

export const statusName = namer(STATUS_NAMES, { zh: '状态代码', en: 'status code' });
export const riskName = namer(RISK_NAMES, { zh: '风险等级代码', en: 'risk level code' });
export const typeName = namer(TYPE_NAMES, { zh: '票种代码', en: 'type code' });

/** Legacy types the 查验 page checks by the pre-tax amount; the other legacy types by the last 6 digits of the 校验码. */
export const VERIFIED_BY_AMOUNT_TYPES: readonly string[] = ['01', '03', '08', '15'];

/** FplxDm a 数电 (20-digit) invoice can have: e-专票, e-普票, paper 专票, paper 普票. */
export const SHUDIAN_TYPES: readonly string[] = ['81', '82', '85', '86'];

export interface LegacyKind {
  /** What the code says the invoice is. */
  name: string;
  /** Its FplxDm on the portal. */
  type: string;
}
/** 12-digit legacy code, digits 11–12. */
export const LEGACY_KINDS_12: Readonly<Record<string, LegacyKind>> = {
  '11': { name: '电子普票', type: '10' },
  '12': { name: '通行费电子普票', type: '14' },
  '13': { name: '电子专票', type: '08' },
  '04': { name: '普票', type: '04' },
  '05': { name: '普票', type: '04' },
  '06': { name: '卷票', type: '11' },
  '07': { name: '卷票', type: '11' },
};
/** 10-digit legacy code, digit 8. */
export const LEGACY_KINDS_10: Readonly<Record<string, LegacyKind>> = {
  '1': { name: '专票', type: '01' },
  '5': { name: '专票', type: '01' },
  '3': { name: '普票', type: '04' },
  '6': { name: '普票', type: '04' },
};

/**
 * The 勾选 list's own FpztDm (0 正常, 1 失控, 2 作废, 3 红冲, 4 异常, 7 部分红冲, 8 全额红冲), in the codes a
 * sighting is stored in. A 失控 or 异常 invoice is an 异常凭证 (announcement 2019 No. 38): normal status, abnormal risk.
 */
export const DEDUCTION_STATUS: Readonly<Record<string, { statusCode: string; riskCode?: string }>> = {
  '0': { statusCode: NORMAL_STATUS },
  '1': { statusCode: NORMAL_STATUS, riskCode: ABNORMAL_VOUCHER },
  '2': { statusCode: VOIDED_STATUS },
  '3': { statusCode: '03' },
  '4': { statusCode: NORMAL_STATUS, riskCode: ABNORMAL_VOUCHER },
  '7': { statusCode: '04' },
  '8': { statusCode: '03' },
};
