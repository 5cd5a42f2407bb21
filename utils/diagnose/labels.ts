import type { Direction, Verification } from '../invoice/model';
import type { Text, Verdict } from './types';

export const STATUS_NAMES: Readonly<Record<string, Text>> = {
  '01': { zh: '正常', en: 'normal' },
  '02': { zh: '已作废', en: 'voided' },
  '03': { zh: '已红冲-全额', en: 'fully red-flushed' },
  '04': { zh: '已红冲-部分', en: 'partly red-flushed' },
};

export const RISK_NAMES: Readonly<Record<string, Text>> = {
  '02': { zh: '异常凭证', en: 'abnormal voucher' },
  '03': { zh: '疑点发票', en: 'suspicious invoice' },
};

export const TYPE_NAMES: Readonly<Record<string, Text>> = {
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

/** What a check concluded, as the popup, the report and the exports name it. */
export const VERDICT_NAMES: Readonly<Record<Verdict, Text>> = {
  cause: { zh: '原因', en: 'Cause' },
  unknown: { zh: '待确认', en: 'To confirm' },
  ok: { zh: '已排除', en: 'Ruled out' },
};

/** The national 查验 platform, where the user reads the answers below. */
export const VERIFY_URL = 'https://inv-veri.chinatax.gov.cn/';

/** The answers the national 查验 platform gives, as the user reads them there. */
export const VERIFY_OUTCOME_NAMES: Readonly<Record<Verification['outcome'], Text>> = {
  match: { zh: '一致', en: 'matches' },
  'not-found': { zh: '查无此票', en: 'not found' },
  mismatch: { zh: '不一致', en: 'does not match' },
  'not-ours': { zh: '非本单位', en: 'not our company' },
  'captcha-error': { zh: '验证码错误', en: 'captcha error' },
  other: { zh: '其他', en: 'other' },
};

export const DIRECTION_NAMES: Readonly<Record<Direction, Text>> = {
  issued: { zh: '开具发票', en: 'issued' },
  received: { zh: '取得发票', en: 'received' },
};

/** `数电普票（82）` / `digital ordinary invoice (82)`; unknown codes show as the bare code. */
export function codeLabel(names: Readonly<Record<string, Text>>, code: string): Text {
  const name = names[code];
  return name ? { zh: `${name.zh}（${code}）`, en: `${name.en} (${code})` } : { zh: code, en: code };
}

export { fieldLabel } from '../invoice/field-names';
