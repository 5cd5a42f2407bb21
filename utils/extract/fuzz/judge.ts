import { LIMITS } from '../limits';
import type { ExtractOutcome } from '../types';

export type Verdict = 'read' | 'rejected';

/** The longest text anywhere in a value: what a file can make the page show or store in one piece. */
function longestText(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (typeof value !== 'object' || value === null) return 0;
  return Object.values(value).reduce<number>((most, v) => Math.max(most, longestText(v)), 0);
}

const HAN = /\p{Script=Han}/u;

/**
 * What the fuzz test demands of any outcome: the file was read (drafts, a column mapping to ask for, or a portal
 * export) or it was rejected with at least one problem that has a code and a Chinese and an English text. A reader
 * error that escaped as `extract-failed` is a fault: its text is a library's raw message, not an explanation.
 */
export function judge(outcome: ExtractOutcome): { verdict: Verdict; faults: string[] } {
  const faults: string[] = [];
  for (const p of outcome.problems) {
    if (!p.code || !HAN.test(p.zh) || !/[a-z]/i.test(p.en)) faults.push(`unclear problem ${JSON.stringify(p)}`);
    if (p.code === 'extract-failed') faults.push(`unexpected error: ${p.en}`);
  }
  for (const d of outcome.drafts) if (!d.fields.number?.value) faults.push('a draft without an invoice number');
  const read = outcome.drafts.length > 0 || outcome.mapping !== undefined || outcome.portalExport !== undefined;
  if (!read && outcome.problems.length === 0) faults.push('neither read nor rejected');
  // A file's bytes echoed into the outcome unbounded (a 2 MB line as one cell of a mapping sample) reach the page as is.
  const longest = longestText(outcome);
  if (longest > LIMITS.sheetCellChars) faults.push(`a text of ${longest} characters in the outcome`);
  return { verdict: read ? 'read' : 'rejected', faults };
}
