import type { ExpectedInvoice } from '../invoice/model';
import { keyParts } from './key-parts';

import { LEGACY_KINDS_10, LEGACY_KINDS_12, SHUDIAN_TYPES } from '../invoice/code-tables';

/** FplxDm values the invoice may carry on the portal, or null when nothing tells. */
export function possibleTypeCodes(inv: ExpectedInvoice): readonly string[] | null {
  if (inv.typeCode) return [inv.typeCode];
  if (inv.kind === 'shudian') return SHUDIAN_TYPES;
  const code = inv.code ?? keyParts(inv.key).code;
  const type =
    code.length === 12
      ? LEGACY_KINDS_12[code.slice(10)]?.type
      : code.length === 10
        ? LEGACY_KINDS_10[code[7] ?? '']?.type
        : undefined;
  return type ? [type] : null;
}
