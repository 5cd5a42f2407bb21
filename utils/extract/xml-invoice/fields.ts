import type { DraftField } from '../types';

/** Field values one structured source gave, as written there. */
export type FieldValues = Partial<Record<DraftField, string>>;

/** Drops empty values, so a blank element never outvotes another source. */
export function nonEmpty(values: FieldValues): FieldValues {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v.trim() !== '')) as FieldValues;
}
