import type { ExpectedInvoice } from '../invoice/model';
import { keyParts } from './key-parts';

/** FpztDm values; an empty status filter on the portal means all of them. */
export const ALL_STATUS_CODES: readonly string[] = ['01', '02', '03', '04'];
export const NORMAL_STATUS = '01';

/** FplxDm a 数电 (20-digit) invoice can have when the record does not say: e-专票, e-普票, paper 专票, paper 普票. */
const SHUDIAN_TYPES: readonly string[] = ['81', '82', '85', '86'];
/** 12-digit legacy code, digits 11–12 -> FplxDm. */
const TYPE_BY_KIND_12: Readonly<Record<string, string>> = {
  '11': '10',
  '12': '14',
  '13': '08',
  '04': '04',
  '05': '04',
  '06': '11',
  '07': '11',
};
/** 10-digit legacy code, digit 8 -> FplxDm. */
const TYPE_BY_KIND_10: Readonly<Record<string, string>> = { '1': '01', '5': '01', '3': '04', '6': '04' };

/** FplxDm values the invoice may carry on the portal, or null when nothing tells. */
export function possibleTypeCodes(inv: ExpectedInvoice): readonly string[] | null {
  if (inv.typeCode) return [inv.typeCode];
  if (inv.kind === 'shudian') return SHUDIAN_TYPES;
  const code = inv.code ?? keyParts(inv.key).code;
  const type =
    code.length === 12
      ? TYPE_BY_KIND_12[code.slice(10)]
      : code.length === 10
        ? TYPE_BY_KIND_10[code[7] ?? '']
        : undefined;
  return type ? [type] : null;
}
