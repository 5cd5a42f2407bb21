import { VERIFY_OUTCOME_NAMES, VERIFY_URL } from '../../diagnose/labels';
import { t } from '../../diagnose/text';
import type { Text } from '../../diagnose/types';
import type { Verification } from '../../invoice/model';
import type { ReportVerification } from './report-types';

/** `一致（message）`: the outcome with what the platform said, as the user recorded it. */
export function outcomeText(v: Verification): Text {
  const o = VERIFY_OUTCOME_NAMES[v.outcome];
  return v.message ? t(`${o.zh}（${v.message}）`, `${o.en} (${v.message})`) : o;
}

/** The national 查验 result, or where to get one. */
export function reportVerification(v: Verification | null): ReportVerification {
  if (!v)
    return { at: null, text: t('尚未查验', 'not verified yet'), url: VERIFY_URL };
  return { at: v.at, text: outcomeText(v), url: VERIFY_URL };
}
