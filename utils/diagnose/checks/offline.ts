import { signalFinding, type SignalSpec } from '../page-signals';
import { t } from '../text';
import type { DiagnosisContext, Finding } from '../types';

const SPEC: SignalSpec = {
  id: 'offline',
  kind: 'offline',
  title: t('网络连接', 'Network connection'),
  causeTitle: t('电脑没有联网', 'The computer is offline'),
  next: t('检查网络（或 VPN、代理）后重新查询。', 'Check the network (or VPN, proxy) and query again.'),
};

export function checkOffline(ctx: DiagnosisContext): Finding {
  const browser = ctx.online === false ? [t('浏览器当前处于离线状态', 'the browser is offline now')] : [];
  const finding = signalFinding(ctx, SPEC, browser);
  // Without a recorded query, a browser known to be online is still evidence.
  return finding.verdict === 'unknown' && ctx.online === true
    ? { ...finding, verdict: 'ok', evidence: t('浏览器当前在线。', 'The browser is online.') }
    : finding;
}
