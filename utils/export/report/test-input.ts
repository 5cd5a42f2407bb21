import { t } from '../../diagnose/text';
import type { CheckId, Finding, Verdict } from '../../diagnose/types';
import { aScope, anExpected, ME, T0 } from '../../reconcile/test-fixtures';
import type { ReportInput } from './report-types';

export const CN_NAME = '北京示例科技有限公司';

/** For tests: the default diagnosis context's invoice (2024-05-20, received, missing), one May query, no history. */
export function aReportInput(over: Partial<ReportInput> = {}): ReportInput {
  return {
    invoice: anExpected(),
    status: 'missing',
    findings: [],
    scopes: [aScope()],
    verification: null,
    activity: [],
    attachments: [],
    taxpayer: { taxId: ME, name: CN_NAME, at: T0 },
    now: T0,
    ...over,
  };
}

export function aFinding(id: CheckId, verdict: Verdict, title: string = id, evidence = `${id} evidence`): Finding {
  return { id, verdict, title: t(`题${title}`, title), evidence: t(`证${evidence}`, evidence) };
}
