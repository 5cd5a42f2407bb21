import { describe, expect, it } from 'vitest';
import { exactText } from './exact-text';

describe('exactText', () => {
  it.each<[string | number | null | undefined, string]>([
    [' 12345678 ', '12345678'],
    [12345678, '12345678'],
    [110108123456789, '110108123456789'],
    [24112000000012345678, ''],
    [-1, ''],
    [1.5, ''],
    [null, ''],
    [undefined, ''],
  ])('%j -> %j', (v, expected) => expect(exactText(v)).toBe(expected));
});
