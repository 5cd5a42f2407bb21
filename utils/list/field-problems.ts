import type { Problem } from '../invoice/model';

/**
 * Problems sorted under the form fields they concern, so each shows beneath its own input; those about anything
 * else (the whole input, a field the form has no input for) are kept apart to show once for the form.
 */
export function problemsByField(problems: readonly Problem[], fields: readonly string[]): { byField: ReadonlyMap<string, Problem[]>; other: Problem[] } {
  const byField = new Map<string, Problem[]>();
  const other: Problem[] = [];
  for (const p of problems) {
    if (!fields.includes(p.field)) other.push(p);
    else byField.set(p.field, [...(byField.get(p.field) ?? []), p]);
  }
  return { byField, other };
}
