import { buildProblemReport, type ProblemReport } from '@/utils/export/report/problem-report';
import { diagnosisOf } from '@/utils/report/status-report';
import { activityOf } from '@/utils/store/activity';
import { openStore } from '@/utils/store/db';
import { filesOf } from '@/utils/store/import-batch';
import { loadSnapshot } from '@/utils/store/repository';

/** The stored invoice's report as of `now` (its diagnosis, queries, 查验, history and files); null when no such invoice. */
export async function loadReport(key: string, now: number): Promise<ProblemReport | null> {
  const db = await openStore();
  try {
    const snap = await loadSnapshot(db);
    const diagnosis = diagnosisOf(snap, key, now, navigator.onLine);
    if (!diagnosis) return null;
    const [activity, files] = await Promise.all([activityOf(db, key), filesOf(db, key)]);
    return buildProblemReport({
      invoice: diagnosis.expected,
      status: diagnosis.result.status,
      findings: diagnosis.findings,
      scopes: snap.scopes,
      verification: snap.verifications.find((v) => v.key === key) ?? null,
      activity,
      attachments: files.map(({ name, type, size, sha256, addedAt }) => ({ name, type, size, sha256, addedAt })),
      taxpayer: snap.taxpayer,
      now,
    });
  } finally {
    db.close();
  }
}
