import { currentTaxId } from '../../diagnose/context';
import type { DiagnosisContext, Finding } from '../../diagnose/types';
import { invoiceFacts } from './invoice-facts';
import { reportAttachments } from './report-attachments';
import { reportQueries } from './report-queries';
import { stepsTried } from './report-steps';
import type { Party, ProblemReport, ReportFindings, ReportInput } from './report-types';
import { reportVerification } from './report-verification';

export type * from './report-types';

/**
 * The diagnosis' own view of the input, so the report lists the queries the checks judged. Only the invoice, the
 * queries, the taxpayer and the clock are read there; what the report does not know stays neutral.
 */
function diagnosisView(input: ReportInput): DiagnosisContext {
  const { invoice, status } = input;
  return {
    expected: invoice,
    result: { key: invoice.key, status, exact: null, nearMisses: [], problems: [] },
    scopes: input.scopes,
    signals: [],
    taxpayer: input.taxpayer,
    verification: input.verification,
    now: input.now,
    online: null,
  };
}

/** Causes, then open questions, then what was ruled out, each in the diagnosis' order. */
function groupFindings(findings: readonly Finding[]): ReportFindings {
  return {
    causes: findings.filter((f) => f.verdict === 'cause'),
    unknowns: findings.filter((f) => f.verdict === 'unknown'),
    ruledOut: findings.filter((f) => f.verdict === 'ok'),
  };
}

export function buildProblemReport(input: ReportInput): ProblemReport {
  const { invoice: inv } = input;
  const view = diagnosisView(input);
  const taxId = currentTaxId(view);
  const taxpayer = taxId === null ? null : { taxId, name: input.taxpayer?.taxId === taxId ? (input.taxpayer.name ?? null) : null };
  // An invoice without a recorded buyer is taken to be the logged-in taxpayer's, as the checks take it.
  const buyer: Party = inv.buyerTaxId
    ? { name: inv.buyerName ?? (taxpayer?.taxId === inv.buyerTaxId ? taxpayer.name : null), taxId: inv.buyerTaxId }
    : { name: inv.buyerName ?? taxpayer?.name ?? null, taxId: taxpayer?.taxId ?? null };
  const seller: Party = { name: inv.sellerName ?? null, taxId: inv.sellerTaxId ?? null };
  // A 查验 recorded for another key (before a fix) says nothing about this invoice.
  const verification = input.verification?.key === inv.key ? input.verification : null;
  const queries = reportQueries(view);
  return {
    key: inv.key,
    createdAt: input.now,
    status: input.status,
    invoice: inv,
    buyer,
    seller,
    taxpayer,
    facts: invoiceFacts(inv, input.status, buyer, seller),
    queries,
    findings: groupFindings(input.findings),
    steps: stepsTried(input.activity, queries, verification),
    verification: reportVerification(verification),
    attachments: reportAttachments(input.attachments),
  };
}
