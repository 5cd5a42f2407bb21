import { summarise } from '../diagnose/diagnose';
import { VERIFY_OUTCOME_NAMES } from '../diagnose/labels';
import type { ExportRow } from '../export/sheet/export-row';
import { indexSightings, reconcile } from '../reconcile/reconcile';
import type { Snapshot } from '../store/repository';
import { formatChinaTime } from '../ui-text';
import { findingsFor } from './status-report';

/**
 * The register as the CSV and XLSX exports show it: each invoice with its status, headline cause and full findings.
 * Sightings are indexed once for all invoices; only invoices that are not plainly visible are diagnosed.
 */
export function buildExportRows(snap: Snapshot, now: number, keys?: ReadonlySet<string>): ExportRow[] {
  const verifications = new Map(snap.verifications.map((v) => [v.key, v]));
  const invoices = keys ? snap.expected.filter((e) => keys.has(e.key)) : snap.expected;
  const results = reconcile(invoices, indexSightings(snap.sightings), snap.scopes, { expectedKeys: new Set(snap.expected.map((e) => e.key)) });
  return results.map((result, i) => {
    const invoice = invoices[i]!;
    const verification = verifications.get(invoice.key) ?? null;
    const findings = result.status === 'visible' ? [] : findingsFor(snap, invoice, result, verification, now, null);
    return {
      invoice,
      status: result.status,
      headline: findings.length ? summarise(findings).top : null,
      findings,
      verification: verification ? `${VERIFY_OUTCOME_NAMES[verification.outcome].zh} ${formatChinaTime(verification.at)}` : null,
    };
  });
}
