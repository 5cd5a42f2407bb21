import { AMOUNT_RE } from './formats';

/** Amounts as BigInt fen (分): exact, unlike floats. Input must already be canonical (see normaliseAmount). */
export function toFen(amount: string): bigint {
  if (!AMOUNT_RE.test(amount)) throw new Error(`not a canonical amount: ${amount}`);
  const negative = amount.startsWith('-');
  const fen = BigInt(amount.replace(/^-/, '').replace('.', ''));
  return negative ? -fen : fen;
}

export function fromFen(fen: bigint): string {
  const abs = fen < 0n ? -fen : fen;
  const digits = abs.toString().padStart(3, '0');
  const body = `${digits.slice(0, -2)}.${digits.slice(-2)}`;
  return fen < 0n ? `-${body}` : body;
}

export function addAmounts(...amounts: string[]): string {
  return fromFen(amounts.reduce((sum, a) => sum + toFen(a), 0n));
}

export function subtractAmounts(a: string, b: string): string {
  return fromFen(toFen(a) - toFen(b));
}

export function compareAmounts(a: string, b: string): -1 | 0 | 1 {
  const d = toFen(a) - toFen(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

export function amountsEqual(a: string, b: string): boolean {
  return toFen(a) === toFen(b);
}
