import { scopeFacts } from './scope-facts';
import { describeScope, t } from './text';
import type { CheckId, DiagnosisContext, Finding, Text } from './types';

/** Checks that explain an absence rule themselves out once the invoice was seen exactly. */
export function ruledOutBySighting(ctx: DiagnosisContext, id: CheckId, title: Text): Finding | null {
  const s = ctx.result.exact;
  if (!s) return null;
  const scope = scopeFacts(ctx.scopes).byId.get(s.scopeId);
  const where = scope ? describeScope(scope) : t('电子税务局', 'the portal');
  return {
    id,
    verdict: 'ok',
    title,
    evidence: t(`电子税务局已显示这张发票（${where.zh}）。`, `The portal shows this invoice (${where.en}).`),
  };
}
