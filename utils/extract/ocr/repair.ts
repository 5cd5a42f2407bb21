import { normaliseAmount, normaliseDate, toHalfWidth } from '../../invoice/normalise';
import { checkLegacyCode, checkShudianNumber } from '../../invoice/numbers';
import { checkTaxId, isResidentId, orgCodeCheckChar } from '../../invoice/tax-id';
import { asDigits, NOT_IN_TAX_ID, TAX_ID_CONFUSIONS } from './lookalikes';

/** A value OCR read, checked by the invoice rules; `valid` false means the user has to look at it. */
export interface Repaired {
  value: string;
  valid: boolean;
  /** The rules changed what OCR read (a lookalike, a check character). */
  changed: boolean;
}

const result = (value: string, valid: boolean, raw: string): Repaired => ({ value, valid, changed: value !== raw.replace(/\s/g, '') });

/** 8 digits, or 20 whose year matches the date; the 数电 province digits must be a known bureau. */
export function repairNumber(raw: string, date?: string): Repaired {
  const digits = asDigits(raw);
  if (digits.length === 8) return result(digits, true, raw);
  if (digits.length === 20) return result(digits, checkShudianNumber(digits, date).length === 0, raw);
  return result(digits, false, raw);
}

export function repairCode(raw: string, date?: string): Repaired {
  const digits = asDigits(raw);
  return result(digits, (digits.length === 10 || digits.length === 12) && checkLegacyCode(digits, date).length === 0, raw);
}

export function repairCheckCode(raw: string): Repaired {
  const digits = asDigits(raw);
  return result(digits, digits.length === 20, raw);
}

/** Dates as printed (2024年05月28日) with lookalike digits; plausible means 2000 up to `today`. */
export function repairDate(raw: string, today: string): Repaired {
  const text = toHalfWidth(raw).replace(/[^\d年月日\-/.OoIlSsBZ\]\[|]/g, '');
  const parts = /^(\S{4})[年\-/.](\S{1,2})[月\-/.](\S{1,2})日?$/.exec(text);
  const candidate = parts ? `${asDigits(parts[1]!)}年${asDigits(parts[2]!)}月${asDigits(parts[3]!)}日` : asDigits(text);
  const date = normaliseDate(candidate);
  if (date === null) return { value: raw.trim(), valid: false, changed: false };
  return { value: date, valid: date >= '2000-01-01' && date <= today, changed: false };
}

/**
 * Amounts keep their decimal point: without it OCR's digits cannot be placed, so nothing is guessed. Only ¥ may come
 * before the digits; any other sign there is ¥ fused with a digit, and the amount is refused.
 */
export function repairAmount(raw: string): Repaired {
  const text = toHalfWidth(raw).replace(/\s/g, '').replace(/^[¥￥Y]/, '');
  const amount = /^-?[\d,]+\.\d{2}$/.test(text) ? normaliseAmount(text) : null;
  return amount === null ? { value: text, valid: false, changed: false } : { value: amount, valid: true, changed: amount !== text };
}

function validUscc(id: string): boolean {
  return id.length === 18 && checkTaxId(id).length === 0;
}

/**
 * Old IDs have no check character of their own, so OCR noise of that length would pass as one; only their inner
 * structure is trusted: a 15-character ID is a region and an organisation code, a 20-character one a resident ID and
 * two digits.
 */
function validOldTaxId(id: string): boolean {
  if (id.length === 15) return /^\d{6}[0-9A-Z]{8}[0-9X]$/.test(id) && orgCodeCheckChar(id.slice(6, 14)) === id[14];
  if (id.length === 20) return /^\d{2}$/.test(id.slice(18)) && isResidentId(id.slice(0, 18));
  return false;
}

/** Every credit code one OCR confusion away from `id` that passes both check characters. */
function oneConfusionAway(id: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < id.length; i++) {
    for (const alt of TAX_ID_CONFUSIONS[id[i]!] ?? []) {
      const candidate = id.slice(0, i) + alt + id.slice(i + 1);
      if (validUscc(candidate)) found.push(candidate);
    }
  }
  return found;
}

export interface RepairedTaxId extends Repaired {
  /** Credit codes the reading could equally be, when the check characters cannot choose. */
  alternatives: string[];
}

/**
 * A credit code whose check characters fail is tried with each single OCR confusion, and a reading longer than 18
 * without the extra characters (a stray mark read as one, or the next column's text). One candidate that passes is the repair;
 * several are offered to the user, since the check characters cannot tell them apart.
 */
export function repairTaxId(raw: string): RepairedTaxId {
  const id = toHalfWidth(raw)
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/[IOZSV]/g, (ch) => NOT_IN_TAX_ID[ch] ?? ch);
  if (validUscc(id) || validOldTaxId(id)) return { ...result(id, true, raw), alternatives: [] };
  // One character too many is a mark read as a character anywhere in it; more, a neighbour's text at either end.
  const stretches =
    id.length === 19
      ? Array.from({ length: 19 }, (_, i) => id.slice(0, i) + id.slice(i + 1))
      : id.length > 19
        ? Array.from({ length: id.length - 17 }, (_, i) => id.slice(i, i + 18))
        : [id];
  const exact = stretches.filter(validUscc);
  const candidates = [...new Set(exact.length ? exact : stretches.flatMap(oneConfusionAway))];
  const [only] = candidates;
  if (candidates.length === 1 && only) return { ...result(only, true, raw), alternatives: [] };
  return { ...result(id, false, raw), alternatives: candidates };
}
