import type { UserStatus } from '../invoice/annotation';
import type { Direction, Verification } from '../invoice/model';
import { detectPageKind, routeKind, type PageKind } from '../portal/page-kind';
import type { Text, Verdict } from './types';

export { riskName, statusName, typeName } from '../invoice/code-tables';

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

/** The handling status the user sets on an invoice. */
export const USER_STATUS_NAMES: Readonly<Record<UserStatus, Text>> = {
  pending: { zh: '待处理', en: 'Pending' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  void: { zh: '作废', en: 'Void' },
};

export const DIRECTION_NAMES: Readonly<Record<Direction, Text>> = {
  issued: { zh: '开具发票', en: 'issued' },
  received: { zh: '取得发票', en: 'received' },
};

/** The pages the extension knows, as the user finds them on the portal; any other is just a page of the portal. */
export const PAGE_NAMES: Readonly<Record<PageKind, Text>> = {
  'invoice-query': { zh: '「全量发票查询」页面', en: 'the 全量发票查询 page' },
  deduction: { zh: '「抵扣勾选」页面', en: 'the deduction (勾选) page' },
  'digital-account': { zh: '税务数字账户页面', en: 'the digital tax account page' },
  login: { zh: '登录页面', en: 'the login page' },
  verify: { zh: '查验平台', en: 'the 查验 platform' },
  other: { zh: '电子税务局页面', en: 'a portal page' },
};

/** The name of the page a signal was seen on: its path (`/invoice-query/invoice-query`) or, for the login, its address. */
export function pageName(page: string): Text {
  return PAGE_NAMES[/^https?:\/\//i.test(page) ? detectPageKind(page) : routeKind(page)];
}

export { fieldLabel } from '../invoice/field-names';
