import { t } from '../text';
import type { DiagnosisContext, Finding } from '../types';

const TITLE = t('开票日期是否一致', 'Issue date agrees');

export function checkDateMismatch(ctx: DiagnosisContext): Finding {
  const seen = ctx.result.exact?.date;
  const mine = ctx.expected.date;
  if (seen === undefined) {
    const why = ctx.result.exact
      ? t('电子税务局没有显示它的开票日期', 'the portal shows no issue date for it')
      : t('电子税务局未显示这张发票', 'the portal does not show this invoice');
    return {
      id: 'date-mismatch',
      verdict: 'unknown',
      title: TITLE,
      evidence: t(`无法比对：${why.zh}。`, `Cannot compare: ${why.en}.`),
    };
  }
  if (seen === mine) {
    return {
      id: 'date-mismatch',
      verdict: 'ok',
      title: TITLE,
      evidence: t(`开票日期均为 ${mine}。`, `Both dates are ${mine}.`),
    };
  }
  return {
    id: 'date-mismatch',
    verdict: 'cause',
    title: t('开票日期与电子税务局不一致', 'The issue date differs from the portal'),
    evidence: t(
      `登记为 ${mine}，电子税务局为 ${seen}；按日期查询时会查错月份。`,
      `Recorded ${mine}, the portal shows ${seen}; date-based queries look in the wrong place.`,
    ),
    next: {
      text: t(`把开票日期改为 ${seen}。`, `Change the issue date to ${seen}.`),
      action: { kind: 'fix-field', field: 'date', value: seen },
    },
  };
}
