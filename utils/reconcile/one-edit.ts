import { mod, POW, withLength } from './digit-hash';

export type EditKind = 'substitution' | 'transposition' | 'deletion' | 'insertion';

/**
 * One typing slip undone: `position` in the typed digits; `digit` is the right digit for a substitution or the
 * dropped one for a deletion (the user's action), unused otherwise.
 */
export interface Edit {
  kind: EditKind;
  position: number;
  digit: number;
}

/** Called with the hash (digitsKey) of each candidate; build the string with applyEdit only on a hit. */
export type EditVisitor = (hash: number, kind: EditKind, position: number, digit: number) => void;

/**
 * Every digit string one slip away from `typed`, as the key the user meant: a wrong digit, two neighbours swapped,
 * a dropped digit (candidate one longer) or an extra digit (candidate one shorter). Lengths not in `lengths` are
 * skipped, which cuts the ~430 probes of a 20-digit key to ~200.
 */
export function forEachOneEdit(typed: string, lengths: ReadonlySet<number>, visit: EditVisitor): void {
  const n = typed.length;
  const d = Array.from(typed, (c) => c.charCodeAt(0) - 48);
  // pre[i]: value of typed[0, i); suf[i]: value of typed[i, n).
  const pre = [0];
  for (let i = 0; i < n; i++) pre.push(mod((pre[i] ?? 0) * 10 + (d[i] ?? 0)));
  const suf = new Array<number>(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i--) suf[i] = mod((d[i] ?? 0) * (POW[n - 1 - i] ?? 0) + (suf[i + 1] ?? 0));
  const full = pre[n] ?? 0;
  const at = (i: number) => d[i] ?? 0;
  const pow = (i: number) => POW[i] ?? 0;

  if (lengths.has(n)) {
    for (let p = 0; p < n; p++) {
      for (let x = 0; x < 10; x++)
        if (x !== at(p)) visit(withLength(full + (x - at(p)) * pow(n - 1 - p), n), 'substitution', p, x);
    }
    for (let p = 0; p + 1 < n; p++) {
      const delta = at(p + 1) - at(p);
      if (delta !== 0)
        visit(withLength(full + delta * pow(n - 1 - p) - delta * pow(n - 2 - p), n), 'transposition', p, 0);
    }
  }
  if (lengths.has(n + 1)) {
    for (let p = 0; p <= n; p++) {
      const head = mod((pre[p] ?? 0) * pow(n + 1 - p) + (suf[p] ?? 0));
      // Inserting the digit equal to typed[p] gives the same string as inserting it one later; visit it once.
      for (let x = 0; x < 10; x++)
        if (p === n || x !== at(p)) visit(withLength(head + x * pow(n - p), n + 1), 'deletion', p, x);
    }
  }
  if (lengths.has(n - 1)) {
    for (let p = 0; p < n; p++) {
      if (p > 0 && at(p) === at(p - 1)) continue;
      visit(withLength((pre[p] ?? 0) * pow(n - 1 - p) + (suf[p + 1] ?? 0), n - 1), 'insertion', p, 0);
    }
  }
}

/** The candidate digits for one edit of `typed`. */
export function applyEdit(typed: string, { kind, position: p, digit }: Edit): string {
  switch (kind) {
    case 'substitution':
      return typed.slice(0, p) + String(digit) + typed.slice(p + 1);
    case 'transposition':
      return typed.slice(0, p) + typed.charAt(p + 1) + typed.charAt(p) + typed.slice(p + 2);
    case 'deletion':
      return typed.slice(0, p) + String(digit) + typed.slice(p);
    case 'insertion':
      return typed.slice(0, p) + typed.slice(p + 1);
  }
}
