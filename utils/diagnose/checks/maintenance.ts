import { signalFinding, type SignalSpec } from '../page-signals';
import { t } from '../text';
import type { DiagnosisContext, Finding } from '../types';

const SPEC: SignalSpec = {
  id: 'maintenance',
  kind: 'maintenance',
  title: t('系统维护', 'Portal maintenance'),
  causeTitle: t('电子税务局正在维护', 'The portal is under maintenance'),
  next: t(
    '按页面提示的时间（通常 1–2 小时后）再查询。',
    'Query again at the time the page gives (usually in 1–2 hours).',
  ),
};

export function checkMaintenance(ctx: DiagnosisContext): Finding {
  return signalFinding(ctx, SPEC);
}
