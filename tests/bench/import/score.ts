import { canonicalValue } from '../../../utils/extract/combine';
import { KEY_FIELDS, type ExtractOutcome, type KeyField } from '../../../utils/extract/types';
import { parseQrPayload } from '../../../utils/invoice/qr';
import type { BenchFile } from './corpus';

export interface Score {
  right: number;
  all: number;
  wrong: string[];
}

/** The key fields a file's QR code carries: the measure for images with a readable QR. */
function qrFields(payload: string): KeyField[] {
  const parsed = parseQrPayload(payload);
  if (!parsed.ok) return [];
  const fields: KeyField[] = ['number', 'date'];
  if (parsed.qr.code) fields.push('code');
  if (parsed.qr.amountIsTotal) fields.push('total');
  return fields;
}

/** Key fields read right, against the file's truth; for QR images only those the QR carries, as the target states. */
export function scoreOutcome(file: BenchFile, outcome: ExtractOutcome, onlyQrFields: boolean): Score {
  const fields = onlyQrFields && file.qr ? qrFields(file.qr) : [...KEY_FIELDS];
  const draft = outcome.drafts[0]?.fields ?? {};
  const score: Score = { right: 0, all: 0, wrong: [] };
  for (const field of fields) {
    const want = file.truth[field];
    const got = draft[field]?.value;
    if (!want && !got) continue;
    score.all++;
    if (want && got && canonicalValue(field, got) === canonicalValue(field, want)) score.right++;
    else score.wrong.push(`${field}: ${got ?? '∅'} ≠ ${want ?? '∅'}`);
  }
  return score;
}
