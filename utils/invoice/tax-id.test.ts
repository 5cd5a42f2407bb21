import { describe, expect, it } from 'vitest';
import { checkTaxId, orgCodeCheckChar, usccCheckChar } from './tax-id';

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Real-world codes; each was checked by hand against both GB 32100 and GB 11714 checks. */
const VALID = ['91350100M000100Y43', '914400007556190127', '91441702707782974C'];
const codes = (id: string) => checkTaxId(id).map((p) => p.code);

describe('usccCheckChar / orgCodeCheckChar', () => {
  it.each(VALID)('%s: both check characters match', (id) => {
    expect(usccCheckChar(id.slice(0, 17))).toBe(id[17]);
    expect(orgCodeCheckChar(id.slice(8, 16))).toBe(id[16]);
  });

  it.each([
    ['M000100Y', '4'],
    ['75561901', '2'],
    ['70778297', '4'],
  ])('organisation code %s -> check %s', (body, check) => expect(orgCodeCheckChar(body)).toBe(check));

  it('refuses characters outside the alphabet', () => expect(() => usccCheckChar('91350100O000100Y4')).toThrow());
});

describe('checkTaxId', () => {
  it.each(VALID)('%s is valid', (id) => expect(checkTaxId(id)).toEqual([]));

  it.each(VALID)('every one-character change of %s fails the checksum', (id) => {
    for (let i = 0; i < 18; i++) {
      for (const ch of USCC_CHARS) {
        if (ch === id[i]) continue;
        const changed = id.slice(0, i) + ch + id.slice(i + 1);
        expect(codes(changed), changed).toContain('tax-id-checksum');
      }
    }
  });

  it.each(VALID)('every adjacent swap of %s that changes it fails the checksum', (id) => {
    for (let i = 0; i < 17; i++) {
      if (id[i] === id[i + 1]) continue;
      const swapped = id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
      expect(codes(swapped), swapped).toContain('tax-id-checksum');
    }
  });

  it.each<[string, string[]]>([
    ['91350100O000100Y43', ['tax-id-char']],
    ['9135010OM000100Y43', ['tax-id-char']],
    ['91350100M000100Y4I', ['tax-id-char']],
    ['B1350100M000100Y4' + usccCheckChar('B1350100M000100Y4'), ['tax-id-authority-unknown']],
    ['97350100M000100Y4' + usccCheckChar('97350100M000100Y4'), ['tax-id-type-unknown']],
    ['913501A0M000100Y4' + usccCheckChar('913501A0M000100Y4'), ['tax-id-region-format']],
    ['91350100M000100Y5' + usccCheckChar('91350100M000100Y5'), ['tax-id-org-check']],
    ['11010519491231002X', ['tax-id-personal-id']],
    ['110105194912310021', ['tax-id-checksum']],
    ['440301123456789', ['tax-id-old-style']],
    ['44030112345678X', ['tax-id-old-style']],
    ['44030112345678901', ['tax-id-old-style']],
    ['44030119800101123400', ['tax-id-old-style']],
    ['4403011234', ['tax-id-format']],
    ['440301-12345678', ['tax-id-format']],
    ['', ['tax-id-format']],
  ])('%s -> %j', (id, expected) => expect(codes(id)).toEqual(expected));

  it('states the expected check character', () => {
    const [p] = checkTaxId('91350100M000100Y44');
    expect(p?.zh).toContain('第18位应为「3」');
    expect(p?.en).toContain("should be '3', not '4'");
  });

  it('uses the given field name', () => {
    expect(checkTaxId('91350100M000100Y44', 'sellerTaxId')[0]?.field).toBe('sellerTaxId');
  });
});
