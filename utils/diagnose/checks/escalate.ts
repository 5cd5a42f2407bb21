import { buildProblemReport } from '../../export/report/problem-report';
import { escalationText } from '../../export/report/report-texts';
import { t } from '../text';
import type { DiagnosisContext, Finding, Text } from '../types';

const TITLE = t('联系销售方 / 向 12366 反映', 'Ask the seller / report to 12366');

/** The report's seller and 12366 texts from what the diagnosis knows; history and files only fill the report page. */
function texts(ctx: DiagnosisContext, others: readonly Finding[]): Text {
  const report = buildProblemReport({
    invoice: ctx.expected,
    status: ctx.result.status,
    findings: [...others],
    scopes: ctx.scopes,
    verification: ctx.verification,
    activity: [],
    attachments: [],
    taxpayer: ctx.taxpayer,
    now: ctx.now,
  });
  return escalationText(report);
}

/** The last resort: runs after every other check, because it is only the next step when none of them explains it. */
export function checkEscalate(ctx: DiagnosisContext, others: readonly Finding[]): Finding {
  if (ctx.result.status === 'visible') {
    return {
      id: 'escalate',
      verdict: 'ok',
      title: TITLE,
      evidence: t('电子税务局已显示这张发票，无需反映。', 'The portal shows this invoice; nothing to report.'),
    };
  }
  const cause = others.find((f) => f.verdict === 'cause');
  if (cause) {
    return {
      id: 'escalate',
      verdict: 'ok',
      title: TITLE,
      evidence: t(
        `已由「${cause.title.zh}」解释，先按该项处理。`,
        `Explained by "${cause.title.en}"; act on that first.`,
      ),
    };
  }
  // 查验 says the invoice exists, and a complete, well-aimed search cannot list it: the platform has not filed it
  // under this taxpayer, which only the seller or the tax office can fix.
  const confirmed = ctx.verification?.key === ctx.expected.key && ctx.verification.outcome === 'match';
  const provedMissing = confirmed && ctx.result.status === 'missing';
  return {
    id: 'escalate',
    verdict: provedMissing ? 'cause' : 'unknown',
    title: TITLE,
    evidence: provedMissing
      ? t(
          '查验平台确认发票存在且信息一致，按正确条件完整查询后电子税务局仍不显示：发票没有归集到本单位。',
          'The national verification confirms the invoice, yet a complete, correctly aimed query does not list it: it has not reached our account.',
        )
      : t('以上检查都没有找到原因。', 'None of the checks above found a cause.'),
    next: {
      text: t(
        '先把消息发给销售方；仍查不到就致电 12366 或在电子税务局「征纳互动」提交，记下工单号，3 个工作日后跟进。',
        'Send the message to the seller first; if it still does not show, call 12366 or file it via 征纳互动 on the portal, note the ticket number and follow up after 3 working days.',
      ),
      action: { kind: 'copy-text', text: texts(ctx, others) },
    },
  };
}
