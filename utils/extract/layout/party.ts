import type { Rect } from '../raster';
import type { TextItem } from './text-item';

export type Party = 'buyer' | 'seller';

/** A value found next to a party label (纳税人识别号, 名称), with where it sits. */
export interface PartyValue {
  value: string;
  x: number;
  y: number;
  confidence: number;
  box?: Rect;
}

/** The extent of everything on the page, to tell its halves apart. */
function extent(items: readonly TextItem[]): { x0: number; x1: number; y0: number; y1: number } {
  return {
    x0: Math.min(...items.map((i) => i.x)),
    x1: Math.max(...items.map((i) => i.x + i.w)),
    y0: Math.min(...items.map((i) => i.y)),
    y1: Math.max(...items.map((i) => i.y + i.h)),
  };
}

/**
 * The party of a lone value by where it sits: the seller block is the bottom part of a legacy invoice and the right
 * half of a 数电 one; the buyer's is top left on both.
 */
function partyAt(v: PartyValue, items: readonly TextItem[]): Party {
  const page = extent(items);
  const below = (v.y - page.y0) / Math.max(1, page.y1 - page.y0) > 0.6;
  const right = (v.x - page.x0) / Math.max(1, page.x1 - page.x0) > 0.45;
  return below || right ? 'seller' : 'buyer';
}

/**
 * Which of the values belongs to the buyer and which to the seller. Both layouts put the buyer first: 数电 side by
 * side (buyer left), legacy one above the other (buyer on top). A lone value goes by where on the page it sits.
 */
export function assignParties(values: readonly PartyValue[], items: readonly TextItem[], lineHeight: number): Partial<Record<Party, PartyValue>> {
  const sorted = [...values].sort((a, b) => a.y - b.y || a.x - b.x);
  const [first, second] = sorted;
  if (!first) return {};
  if (second) {
    const sameLine = Math.abs(first.y - second.y) < lineHeight;
    const [buyer, seller] = sameLine ? (first.x < second.x ? [first, second] : [second, first]) : [first, second];
    return { buyer, seller };
  }
  return { [partyAt(first, items)]: first };
}
