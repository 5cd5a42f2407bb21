import type { Direction, Verification } from '../invoice/model';
import type { Text, Verdict } from './types';

export { RISK_NAMES, STATUS_NAMES, TYPE_NAMES } from '../invoice/code-tables';

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
