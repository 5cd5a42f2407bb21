import { RED_STATUSES, RISK_CODES, VOIDED_STATUS } from '../../invoice/code-tables';
import { riskName, statusName } from '../labels';
import { t } from '../text';
import type { DiagnosisContext, Finding } from '../types';

const TITLE = t('发票状态（作废/红冲/异常）', 'Invoice status (voided/red-flushed/risk)');

export function checkVoidedOrRed(ctx: DiagnosisContext): Finding {
  const s = ctx.result.exact;
  if (!s) {
    return {
      id: 'voided-or-red',
      verdict: 'unknown',
      title: TITLE,
      evidence: t(
        '电子税务局未显示这张发票，看不到它的状态。',
        'The portal does not show this invoice, so its status is unknown.',
      ),
    };
  }
  const status = s.statusCode;
  if (status === VOIDED_STATUS || (status !== undefined && RED_STATUSES.includes(status))) {
    const name = statusName(status);
    return {
      id: 'voided-or-red',
      verdict: 'cause',
      title: t(`发票${name.zh}`, `The invoice is ${name.en}`),
      evidence: t(`电子税务局显示 ${s.key} 的状态为 ${name.zh}。`, `The portal shows ${s.key} as ${name.en}.`),
      next: {
        text: t(
          '联系销售方确认是否重新开具，并取得新发票号码。',
          'Ask the seller whether it was reissued and for the new number.',
        ),
      },
    };
  }
  if (s.riskCode !== undefined && RISK_CODES.includes(s.riskCode)) {
    const risk = riskName(s.riskCode);
    return {
      id: 'voided-or-red',
      verdict: 'cause',
      title: t(`发票被标为${risk.zh}`, `The invoice is flagged as ${risk.en}`),
      evidence: t(
        `电子税务局显示 ${s.key} 的风险等级为 ${risk.zh}，暂不能正常抵扣。`,
        `The portal rates ${s.key} as ${risk.en}; it cannot be deducted normally for now.`,
      ),
      next: {
        text: t(
          '联系销售方核实，并向主管税务机关了解处理方式。',
          'Check with the seller and ask the tax office how to proceed.',
        ),
      },
    };
  }
  if (status === undefined) {
    return {
      id: 'voided-or-red',
      verdict: 'unknown',
      title: TITLE,
      evidence: t('电子税务局结果里没有发票状态。', 'The portal result has no status.'),
    };
  }
  return {
    id: 'voided-or-red',
    verdict: 'ok',
    title: TITLE,
    evidence: t(`电子税务局显示状态为 ${statusName(status).zh}。`, `The portal shows it as ${statusName(status).en}.`),
  };
}
