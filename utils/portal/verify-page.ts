import { VERIFIED_BY_AMOUNT_TYPES } from '../invoice/code-tables';
import type { ExpectedInvoice, Verification } from '../invoice/model';
import { possibleTypeCodes } from '../reconcile/invoice-types';

/** The national 查验 page's inputs: the old page by id, the /fpcygzfw/ app by its TDesign form items. */
export const VERIFY_INPUTS = {
  code: ['#fpdm', '.t-form-item__fpdm input'],
  number: ['#fphm', '.t-form-item__fphm input'],
  date: ['#kprq', '.t-form-item__kprq input'],
  amount: ['#kjje', '.t-form-item__kjje input'],
} as const;
export type VerifyInput = keyof typeof VERIFY_INPUTS;


/**
 * What the 查验 page asks for this invoice: code (legacy only), number, the date as YYYYMMDD, and in the last box the
 * 价税合计 of a 数电 invoice, the last 6 digits of a legacy ordinary invoice's 校验码, or a legacy 专票's 金额.
 * Null for the last box when the record lacks what the page needs.
 */
export function verifyValues(inv: ExpectedInvoice): Record<VerifyInput, string | null> {
  // A record without its type still has the kind its code says (an 电子专票 code is checked by 金额).
  const type = inv.typeCode ?? possibleTypeCodes(inv)?.[0];
  const byAmount = type !== undefined && VERIFIED_BY_AMOUNT_TYPES.includes(type);
  const last = inv.kind === 'shudian' ? inv.total : byAmount ? (inv.amount ?? null) : (inv.checkCode?.slice(-6) ?? null);
  return { code: inv.code ?? '', number: inv.number, date: inv.date.replaceAll('-', ''), amount: last };
}

/** The outcome a 查验 result text states; null when the text states none of them. */
export function verifyOutcome(text: string): Verification['outcome'] | null {
  if (/查无此票/.test(text)) return 'not-found';
  if (/不一致/.test(text)) return 'mismatch';
  if (/验证码(错误|失效|不正确|有误)/.test(text)) return 'captcha-error';
  if (/一致/.test(text)) return 'match';
  return null;
}
