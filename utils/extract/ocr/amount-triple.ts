import { addAmounts, compareAmounts, subtractAmounts } from '../../invoice/money';

export type AmountField = 'total' | 'amount' | 'tax';

export interface AmountValue {
  value: string;
  /** Passed the amount rules (a canonical amount). */
  valid: boolean;
  /** From a CRC-checked QR code: never corrected. */
  exact: boolean;
}

/** 价税合计 = 金额 + 税额, solved for the one that is missing or misread. */
function solve(field: AmountField, v: Partial<Record<AmountField, string>>): string | null {
  const { total, amount, tax } = v;
  if (field === 'total') return amount && tax ? addAmounts(amount, tax) : null;
  if (field === 'amount') return total && tax ? subtractAmounts(total, tax) : null;
  return total && amount ? subtractAmounts(total, amount) : null;
}

const digitsOf = (s: string) => s.replace(/\D/g, '');

/**
 * ¥ is printed right before the first digit, and OCR sometimes fuses the two: the leading digit is lost (¥1306.96 →
 * 306.96) or ¥ comes out as an extra digit. A reading that differs from the sum only there is that misreading.
 */
function differsAtTheFront(read: string, solved: string): boolean {
  const a = digitsOf(read);
  const b = digitsOf(solved);
  return a !== b && (b.endsWith(a) || a.endsWith(b)) && Math.abs(a.length - b.length) <= 2 && Math.min(a.length, b.length) >= 3;
}

/**
 * Puts the three amounts in agreement when the rules allow exactly one answer: a missing amount is solved from the
 * other two, and one misread at its ¥ is corrected to what the other two require. Values from the QR code are fixed
 * points; when two corrections would each explain the mismatch, neither is made. Returns the correction and whether
 * the three agree afterwards.
 */
export function reconcileAmounts(values: Partial<Record<AmountField, AmountValue>>): {
  corrected: Partial<Record<AmountField, string>>;
  agree: boolean | null;
} {
  const good: Partial<Record<AmountField, string>> = {};
  for (const [field, v] of Object.entries(values) as [AmountField, AmountValue][]) if (v.valid) good[field] = v.value;
  const candidates: Array<[AmountField, string]> = [];
  for (const field of ['total', 'amount', 'tax'] as const) {
    const current = values[field];
    if (current?.exact) continue;
    const others = { ...good };
    delete others[field];
    const solved = solve(field, others);
    if (solved === null || solved.startsWith('-')) continue;
    if (!current || !current.valid || differsAtTheFront(current.value, solved)) candidates.push([field, solved]);
  }
  const corrected: Partial<Record<AmountField, string>> = {};
  const [only] = candidates;
  if (candidates.length === 1 && only) {
    corrected[only[0]] = only[1];
    good[only[0]] = only[1];
  }
  const { total, amount, tax } = good;
  const agree = total && amount && tax ? compareAmounts(addAmounts(amount, tax), total) === 0 : null;
  return { corrected, agree };
}

/**
 * Picks, among the readings of each amount, the three that add up (金额 + 税额 = 价税合计). OCR misreads the same
 * amount differently in grey and in black and white, and only the right readings of all three agree; when several
 * combinations would, the one most readings support wins, and then the larger. Values from the QR code are the only choice for their field.
 */
export function chooseAmounts(
  readings: Partial<Record<AmountField, readonly string[]>>,
  exact: Partial<Record<AmountField, string>>,
): Partial<Record<AmountField, string>> | null {
  const options = (f: AmountField) => (exact[f] !== undefined ? [exact[f]] : [...new Set(readings[f] ?? [])]);
  const support = (f: AmountField, v: string) => (exact[f] !== undefined ? 1 : (readings[f] ?? []).filter((r) => r === v).length);
  let best: { values: Record<AmountField, string>; score: number } | null = null;
  for (const total of options('total')) {
    for (const amount of options('amount')) {
      for (const tax of options('tax')) {
        if (compareAmounts(addAmounts(amount, tax), total) !== 0) continue;
        const score = support('total', total) + support('amount', amount) + support('tax', tax);
        // On a tie the larger total: ¥ fused with the first digit of both 合计 figures and of the total drops a
        // digit from each, and such a sum still adds up (142.45 + 68.55 = 211.00 for 1142.45 + 68.55 = 1211.00).
        const larger = best !== null && score === best.score && compareAmounts(total, best.values.total) > 0;
        if (!best || score > best.score || larger) best = { values: { total, amount, tax }, score };
      }
    }
  }
  return best?.values ?? null;
}
