import { amountsEqual } from '../../invoice/money';
import { money, t } from '../text';
import type { DiagnosisContext, Finding } from '../types';

const TITLE = t('价税合计是否一致', 'Total incl. tax agrees');

export function checkAmountMismatch(ctx: DiagnosisContext): Finding {
  const seen = ctx.result.exact?.total;
  const mine = ctx.expected.total;
  if (seen === undefined) {
    const why = ctx.result.exact
      ? t('电子税务局没有显示它的价税合计', 'the portal shows no total for it')
      : t('电子税务局未显示这张发票', 'the portal does not show this invoice');
    return {
      id: 'amount-mismatch',
      verdict: 'unknown',
      title: TITLE,
      evidence: t(`无法比对：${why.zh}。`, `Cannot compare: ${why.en}.`),
    };
  }
  if (amountsEqual(seen, mine)) {
    return {
      id: 'amount-mismatch',
      verdict: 'ok',
      title: TITLE,
      evidence: t(`价税合计均为 ${money(mine)}。`, `Both totals are ${money(mine)}.`),
    };
  }
  return {
    id: 'amount-mismatch',
    verdict: 'cause',
    title: t('价税合计与电子税务局不一致', 'The total differs from the portal'),
    evidence: t(
      `登记为 ${money(mine)}，电子税务局为 ${money(seen)}。`,
      `Recorded ${money(mine)}, the portal shows ${money(seen)}.`,
    ),
    next: {
      text: t(
        `核对发票原件；登记有误就改为 ${money(seen)}，否则请销售方说明。`,
        `Check the invoice; fix the record to ${money(seen)} if it was mistyped, else ask the seller.`,
      ),
      action: { kind: 'fix-field', field: 'total', value: seen },
    },
  };
}
