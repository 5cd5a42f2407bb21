export type EditKind = 'substitution' | 'transposition' | 'deletion' | 'insertion';

export type EditVisitor = (candidate: string, kind: EditKind, positions: number[]) => void;

const DIGITS = '0123456789';

/**
 * Every digit string one typing slip away from `typed`, as the key the user meant: a wrong digit, two neighbours
 * swapped, a dropped digit (candidate one longer) or an extra digit (candidate one shorter). Lengths not in
 * `lengths` are skipped, which cuts the ~430 probes of a 20-digit key to ~200.
 */
export function forEachOneEdit(typed: string, lengths: ReadonlySet<number>, visit: EditVisitor): void {
  const n = typed.length;
  if (lengths.has(n)) {
    for (let p = 0; p < n; p++) {
      const head = typed.slice(0, p);
      const tail = typed.slice(p + 1);
      for (const d of DIGITS) if (d !== typed[p]) visit(head + d + tail, 'substitution', [p]);
    }
    for (let p = 0; p + 1 < n; p++) {
      if (typed[p] === typed[p + 1]) continue;
      visit(typed.slice(0, p) + typed[p + 1] + typed[p] + typed.slice(p + 2), 'transposition', [p, p + 1]);
    }
  }
  if (lengths.has(n + 1)) {
    for (let p = 0; p <= n; p++) {
      const head = typed.slice(0, p);
      const tail = typed.slice(p);
      // Inserting the digit equal to typed[p] gives the same string as inserting it one later; visit it once.
      for (const d of DIGITS) if (d !== typed[p]) visit(head + d + tail, 'deletion', [p]);
    }
  }
  if (lengths.has(n - 1)) {
    for (let p = 0; p < n; p++) {
      if (p > 0 && typed[p] === typed[p - 1]) continue;
      visit(typed.slice(0, p) + typed.slice(p + 1), 'insertion', [p]);
    }
  }
}
