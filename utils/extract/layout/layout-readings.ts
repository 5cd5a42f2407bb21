import type { Reading, ReadingSource } from '../types';
import type { LayoutFields } from './read-fields';

/** Layout values as readings of one source; `scale` discounts what reading by position may have paired wrongly. */
export function layoutReadings(fields: LayoutFields, source: ReadingSource, scale = 1): Reading[] {
  return Object.entries(fields).map(([field, v]) => ({
    field: field as Reading['field'],
    value: v.value,
    source,
    confidence: Math.round(v.confidence * scale * 1000) / 1000,
  }));
}
