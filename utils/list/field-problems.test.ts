import { describe, expect, it } from 'vitest';
import { problem } from '../invoice/problem';
import { problemsByField } from './field-problems';

const p = (code: string, field: string) => problem(code, field, code, code);

describe('problemsByField', () => {
  it('puts every problem under its own field, all of them at once, and keeps the rest for the form', () => {
    const { byField, other } = problemsByField(
      [p('date-invalid', 'date'), p('total-invalid', 'total'), p('number-year-mismatch', 'number'), p('number-checksum', 'number'), p('input-shape', 'input'), p('too-long', 'buyerName')],
      ['number', 'date', 'total'],
    );
    expect(Object.fromEntries([...byField].map(([f, list]) => [f, list.map((x) => x.code)]))).toEqual({
      date: ['date-invalid'],
      total: ['total-invalid'],
      number: ['number-year-mismatch', 'number-checksum'],
    });
    expect(other.map((x) => x.code)).toEqual(['input-shape', 'too-long']);
  });

  it('has nothing to show when there is no problem', () => {
    const { byField, other } = problemsByField([], ['number']);
    expect([byField.size, other.length]).toEqual([0, 0]);
  });
});
