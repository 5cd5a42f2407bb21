import { signalFinding, type SignalSpec } from '../page-signals';
import { t } from '../text';
import type { DiagnosisContext, Finding } from '../types';

const SPEC: SignalSpec = {
  id: 'permission',
  kind: 'permission',
  title: t('功能权限', 'Permission'),
  causeTitle: t('当前账号无权使用该功能', 'This account may not use the function'),
  next: t(
    '用有发票查询权限的办税人员登录；小规模纳税人看不到抵扣勾选，请在「全量发票查询」中查。',
    'Log in as a staff member with invoice-query rights; small-scale taxpayers have no deduction page, use 全量发票查询.',
  ),
};

export function checkPermission(ctx: DiagnosisContext): Finding {
  return signalFinding(ctx, SPEC);
}
