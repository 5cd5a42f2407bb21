import { checkInvoiceRecord } from '../../invoice/check-record';
import type { Problem } from '../../invoice/model';
import { isWarning } from '../../invoice/severity';
import { chinaIsoDate } from '../../invoice/china-time';
import { fieldLabel } from '../labels';
import { syncTiming } from '../sync-timing';
import { t } from '../text';
import type { DiagnosisContext, Finding } from '../types';

const TITLE = t('登记的发票信息格式', 'Format of the recorded invoice');
const CAUSE_TITLE = t('登记的发票信息格式有误', 'The recorded invoice is malformed');

/**
 * An issue date after today (China time) cannot be right. The record check has no clock, so it is judged here, with
 * the code and words parse-input uses; there it is only a warning (a record may be typed ahead), but for an invoice
 * the portal does not show it is the explanation, so it counts as a cause.
 */
function futureDate(ctx: DiagnosisContext): Problem[] {
  if (!syncTiming(ctx).future) return [];
  const date = ctx.expected.date;
  const today = chinaIsoDate(ctx.now);
  return [
    {
      code: 'date-in-future',
      field: 'date',
      zh: `开票日期 ${date} 晚于今天（${today}），请核对。`,
      en: `The issue date ${date} is after today (${today}); please check.`,
    },
  ];
}

export function checkRecordFormat(ctx: DiagnosisContext): Finding {
  const problems = [...futureDate(ctx), ...checkInvoiceRecord(ctx.expected)];
  const errors = problems.filter((p) => p.code === 'date-in-future' || !isWarning(p));
  const first = errors[0];
  if (first) {
    return {
      id: 'record-format',
      verdict: 'cause',
      title: CAUSE_TITLE,
      evidence: t(errors.map((p) => p.zh).join('；'), errors.map((p) => p.en).join('; ')),
      next: {
        text: t(
          `在登记页改正「${fieldLabel(first.field).zh}」后再对照。`,
          `Correct the ${fieldLabel(first.field).en} in the record, then compare again.`,
        ),
      },
    };
  }
  return {
    id: 'record-format',
    verdict: 'ok',
    title: TITLE,
    evidence: problems.length
      ? t(
          `格式无误（提示：${problems.map((p) => p.zh).join('；')}）。`,
          `Well-formed (notes: ${problems.map((p) => p.en).join('; ')}).`,
        )
      : t('号码、代码、日期和金额格式无误。', 'Number, code, date and amount are well-formed.'),
  };
}
