import { canonicalValue, combineReadings } from '../extract/combine';
import type { DraftField, Reading } from '../extract/types';
import type { ReviewField, ReviewRow } from './review-types';

function readingsOf(row: ReviewRow): Reading[] {
  return (Object.entries(row.fields) as [DraftField, ReviewField][]).flatMap(([field, v]) => [
    ...(v.source === 'manual' ? [] : [{ field, value: v.value, source: v.source, confidence: v.confidence }]),
    // Disagreeing readings stay disagreeing after a merge.
    ...v.conflicts.flatMap((c) => (c.source === 'manual' ? [] : [{ field, value: c.value, source: c.source, confidence: 0.5 }])),
  ]);
}

/**
 * One row from two that hold the same invoice (its OFD and its PDF, say): the sources cross-check field by field as
 * they do within one file, and what the user typed in either row wins.
 */
export function mergeRows(primary: ReviewRow, duplicate: ReviewRow): ReviewRow {
  const fields = combineReadings([...readingsOf(primary), ...readingsOf(duplicate)]).fields as ReviewRow['fields'];
  for (const row of [duplicate, primary]) {
    for (const [field, v] of Object.entries(row.fields) as [DraftField, ReviewField][]) {
      if (v.source !== 'manual') continue;
      const other = fields[field];
      const conflicts = other && canonicalValue(field, other.value) !== canonicalValue(field, v.value) ? [{ value: other.value, source: other.source }] : [];
      fields[field] = { ...v, conflicts };
    }
  }
  return { ...primary, fields, where: primary.where, accepted: primary.accepted || duplicate.accepted };
}

/** The user's correction of one field: it is theirs now, and confident. */
export function editField(row: ReviewRow, field: DraftField, value: string): ReviewRow {
  const fields = { ...row.fields };
  if (value.trim() === '') delete fields[field];
  else fields[field] = { value, source: 'manual', confidence: 1, conflicts: [], confirmed: false };
  return { ...row, fields };
}
