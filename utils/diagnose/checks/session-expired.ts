import { signalFinding, type SignalSpec } from '../page-signals';
import { t } from '../text';
import type { DiagnosisContext, Finding } from '../types';

const SPEC: SignalSpec = {
  id: 'session-expired',
  kind: 'session-expired',
  title: t('登录状态', 'Login session'),
  causeTitle: t('登录已失效', 'The login session expired'),
  next: t(
    '重新登录电子税务局，再打开「全量发票查询」查询。',
    'Log in to the e-tax portal again, then query 全量发票查询.',
  ),
};

export function checkSessionExpired(ctx: DiagnosisContext): Finding {
  return signalFinding(ctx, SPEC);
}
