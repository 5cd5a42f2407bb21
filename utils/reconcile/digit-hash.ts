/*
 * Digit strings as numbers mod a prime, so the ~200 neighbour keys probed per missing invoice are a few
 * multiplications each instead of new 20-character strings to build and hash. Equal hashes are only candidates:
 * callers compare the real digits.
 */

/** Prime below 2^24: the product of two residues stays below 2^48, exact in a double. */
export const MOD = 16_777_213;
const LENGTH_SALT = 1_000_003;
const MAX_DIGITS = 64;

/** POW[i] = 10^i mod MOD. */
export const POW: readonly number[] = (() => {
  const pow = [1];
  for (let i = 1; i <= MAX_DIGITS; i++) pow.push(((pow[i - 1] ?? 0) * 10) % MOD);
  return pow;
})();

export function mod(v: number): number {
  const r = v % MOD;
  return r < 0 ? r + MOD : r;
}

/** Folds the length in, so `0123` and `123` (legacy codes start with 0) land apart. */
export function withLength(valueHash: number, length: number): number {
  return mod(valueHash + length * LENGTH_SALT);
}

/** Value of the digit string mod MOD; non-digits are skipped (the `-` of a legacy key). */
function digitValue(s: string): { hash: number; length: number } {
  let hash = 0;
  let length = 0;
  for (let i = 0; i < s.length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) continue;
    hash = (hash * 10 + d) % MOD;
    length++;
  }
  return { hash, length };
}

export function digitsKey(s: string): number {
  const { hash, length } = digitValue(s);
  return withLength(hash, length);
}
