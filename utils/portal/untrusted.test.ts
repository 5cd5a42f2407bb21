import { describe, expect, it } from 'vitest';
import { boundedString, count, field, isRecord, scalar, scalarText } from './untrusted';

describe('untrusted readers', () => {
  it.each([
    ['a short string', 'abc', 'abc'],
    ['a string over the limit', 'x'.repeat(6), undefined],
    ['a number', 12.5, 12.5],
    ['NaN', Number.NaN, undefined],
    ['null', null, undefined],
    ['an object', { a: 1 }, undefined],
  ])('scalar: %s', (_label, value, expected) => expect(scalar(value, 5)).toBe(expected));

  it.each([
    ['a whole number', 20, 20],
    ['digits as a string, padded', ' 20 ', 20],
    ['a negative number', -1, undefined],
    ['a fraction', 1.5, undefined],
    ['too many digits', '1234', undefined],
    ['over the maximum', 1001, undefined],
    ['letters', '2a', undefined],
  ])('count: %s', (_label, value, expected) => expect(count(value, 1000, 3)).toBe(expected));

  it.each([
    [' 2 ', '2'],
    [20, '20'],
    [null, ''],
    ['x'.repeat(6), ''],
  ])('scalarText: %j -> %j', (value, expected) => expect(scalarText(value, 5)).toBe(expected));

  it('reads fields of objects only, and bounded strings', () => {
    expect(field({ a: 1 }, 'a')).toBe(1);
    expect(field([1], '0')).toBeUndefined();
    expect(isRecord(null)).toBe(false);
    expect(boundedString('', 1, 3)).toBeUndefined();
    expect(boundedString('ab', 1, 3)).toBe('ab');
  });
});
