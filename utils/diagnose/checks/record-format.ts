import { checkInvoiceRecord } from '../../invoice/check-record';
import { isWarning } from '../../invoice/severity';
import { fieldLabel } from '../labels';
import { t } from '../text';
import type { DiagnosisContext, Finding } from '../types';

const TITLE = t('登记的发票信息格式', 'Format of the recorded invoice');
const CAUSE_TITLE = t('登记的发票信息格式有误', 'The recorded invoice is malformed');

export function checkRecordFormat(ctx: DiagnosisContext): Finding {
  const problems = checkInvoiceRecord(ctx.expected);
  const errors = problems.filter((p) => !isWarning(p));
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
