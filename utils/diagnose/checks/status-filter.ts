import { ALL_STATUS_CODES, NORMAL_STATUS } from '../../reconcile/invoice-types';
import { filterFinding, type FilterSpec } from '../filter-finding';
import { STATUS_NAMES } from '../labels';
import { filterCandidates } from '../relevant-groups';
import { ruledOutBySighting } from '../seen';
import { t } from '../text';
import type { DiagnosisContext, Finding } from '../types';

const SPEC: FilterSpec = {
  id: 'status-filter',
  filter: 'statusCodes',
  names: STATUS_NAMES,
  title: t('发票状态筛选', 'Invoice status filter'),
  causeTitle: t('查询的发票状态筛选可能漏掉了它', 'The status filter may hide it'),
  field: t('发票状态', 'invoice status'),
  consequence: (left) =>
    left.includes(NORMAL_STATUS)
      ? t('正常状态的发票不会显示', 'a normal invoice would not be listed')
      : t('发票若已作废或红冲就不会显示', 'a voided or red-flushed invoice would not be listed'),
};

export function checkStatusFilter(ctx: DiagnosisContext): Finding {
  return ruledOutBySighting(ctx, SPEC.id, SPEC.title) ?? filterFinding(SPEC, filterCandidates(ctx), ALL_STATUS_CODES);
}
