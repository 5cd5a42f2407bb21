import type { Sighting } from '../invoice/model';

/**
 * One invoice seen twice: the newer sighting wins field by field, and fields it lacks (a table row has no status
 * code, the 勾选 list no buyer) keep what the older one said. Out-of-order arrivals resolve by `seenAt`.
 */
export function mergeSighting(stored: Sighting | undefined, incoming: Sighting): Sighting {
  if (!stored) return incoming;
  const [older, newer] = incoming.seenAt >= stored.seenAt ? [stored, incoming] : [incoming, stored];
  const merged: Record<string, unknown> = { ...older };
  for (const [field, value] of Object.entries(newer)) if (value !== undefined) merged[field] = value;
  return merged as Sighting;
}

/** What the checks read of a sighting: the seen invoice's names and its net amount and tax are not kept. */
export function compactSighting(s: Sighting): Sighting {
  const { sellerName: _seller, buyerName: _buyer, amount: _amount, tax: _tax, ...kept } = s;
  return kept;
}
