import { ALL_STATUS_CODES, NORMAL_STATUS } from '../../invoice/code-tables';
import { filterFinding, type FilterSpec } from '../filter-finding';
import { statusName } from '../labels';
import { filterCandidates } from '../relevant-groups';
import { ruledOutBySighting } from '../seen';
import { t } from '../text';
import type { DiagnosisContext, Finding } from '../types';

/**
 * The status of an invoice the portal does not show is unknown. Almost every invoice is 01 正常, so a filter without
 * 01 hides it (cause); one with 01 but without 02/03/04 hides it only if it was voided or red-flushed (unknown).
 */
const SPEC: FilterSpec = {
  id: 'status-filter',
  filter: 'statusCodes',
  name: statusName,
  title: t('发票状态筛选', 'Invoice status filter'),
  causeTitle: t('查询的发票状态筛选漏掉了正常发票', 'The status filter leaves out normal invoices'),
  field: t('发票状态', 'invoice status'),
  hides: (left) => left.includes(NORMAL_STATUS),
  consequence: (_left, sure) =>
    sure
      ? t('正常状态的发票不会显示', 'a normal invoice would not be listed')
      : t('发票若已作废或红冲就不会显示', 'a voided or red-flushed invoice would not be listed'),
  selectAll: t(
    '查询条件的发票状态选“全部”后重新查询（它可能已作废或红冲）。',
    'Set the invoice status to all and query again (it may have been voided or red-flushed).',
  ),
};

export function checkStatusFilter(ctx: DiagnosisContext): Finding {
  return ruledOutBySighting(ctx, SPEC.id, SPEC.title) ?? filterFinding(SPEC, filterCandidates(ctx), ALL_STATUS_CODES);
}
