import type { Problem } from './model';
import { isCalendarDate } from './normalise';
import { problem } from './problem';

/** GB 32100-2015 alphabet: digits and capitals without I, O, Z, S, V (easily confused with 1, 0, 2, 5, U). */
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** GB 11714 organisation code: 8 body characters, check character at position 9. */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/**
 * Digit 1 = registering authority, digit 2 = kind of entity under it ('9' = other everywhere). Later amendments may
 * add more, so an unknown pair is only a warning.
 */
const AUTHORITY_TYPES: Readonly<Record<string, string>> = {
  '1': '1239', // 机构编制
  '2': '19', // 外交
  '3': '123459', // 司法行政
  '4': '19', // 文化
  '5': '1239', // 民政
  '6': '129', // 旅游
  '7': '129', // 宗教
  '8': '19', // 工会
  '9': '123', // 市场监管 (工商)
  A: '19', // 中央军委改革和编制办公室
  N: '1239', // 农业
  Y: '1', // 其他
};

/** 18th character of a unified social credit code from its first 17 (which must be in the USCC alphabet). */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARS.indexOf(first17[i] ?? '');
    if (v < 0) throw new Error(`not a USCC character at position ${i + 1}: ${first17}`);
    sum += v * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_CHARS[(31 - (sum % 31)) % 31] ?? '';
}

/** GB 11714 check character ('0'–'9' or 'X') for an 8-character organisation code body. */
export function orgCodeCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body8[i] ?? '', 36) * (ORG_WEIGHTS[i] ?? 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** 18-digit resident ID (a natural person's tax ID): province 11–82, birth date, ISO 7064 MOD 11-2 check. */
export function isResidentId(id: string): boolean {
  const m = /^([1-8]\d)\d{4}(\d{4})(\d{2})(\d{2})\d{3}[\dX]$/.exec(id);
  if (!m || Number(m[1]) < 11 || !isCalendarDate(Number(m[2]), Number(m[3]), Number(m[4]))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * (2 ** (17 - i) % 11);
  return '10X98765432'[sum % 11] === id[17];
}

function checkUscc(id: string, field: string): Problem[] {
  const badIndex = [...id].findIndex((ch) => !USCC_CHARS.includes(ch));
  if (badIndex >= 0) {
    const ch = id[badIndex];
    return [
      problem(
        'tax-id-char',
        field,
        `纳税人识别号第${badIndex + 1}位是「${ch}」；统一社会信用代码只用数字和除 I、O、Z、S、V 以外的大写字母（常把 0 误作 O、1 误作 I）。`,
        `Tax ID position ${badIndex + 1} is '${ch}'; a unified social credit code uses digits and capitals except I, O, Z, S, V (0 is often mistyped as O, 1 as I).`,
      ),
    ];
  }
  const expected = usccCheckChar(id.slice(0, 17));
  if (expected !== id[17]) {
    if (isResidentId(id)) {
      return [
        problem(
          'tax-id-personal-id',
          field,
          '这是18位居民身份证号（自然人），不是单位的统一社会信用代码，请确认。',
          'This is an 18-digit resident ID number (a natural person), not an organisation credit code; please confirm.',
        ),
      ];
    }
    return [
      problem(
        'tax-id-checksum',
        field,
        `纳税人识别号校验不通过：按前17位算，第18位应为「${expected}」，实际是「${id[17]}」。多半是某一位抄错了，请逐位核对。`,
        `Tax ID checksum fails: from the first 17 characters the 18th should be '${expected}', not '${id[17]}'. Usually one character is mistyped; check each one.`,
      ),
    ];
  }
  const problems: Problem[] = [];
  const authority = id[0] ?? '';
  const types = AUTHORITY_TYPES[authority];
  if (types === undefined) {
    problems.push(
      problem(
        'tax-id-authority-unknown',
        field,
        `纳税人识别号第1位「${authority}」不是已知的登记管理部门代码（如 9 市场监管、5 民政、1 机构编制）。`,
        `Tax ID position 1 ('${authority}') is not a known registering authority (e.g. 9 market regulation, 5 civil affairs, 1 establishment).`,
      ),
    );
  } else if (!types.includes(id[1] ?? '')) {
    problems.push(
      problem(
        'tax-id-type-unknown',
        field,
        `纳税人识别号第2位「${id[1]}」不是登记管理部门「${authority}」下已知的机构类别（应为 ${[...types].join('、')} 之一）。`,
        `Tax ID position 2 ('${id[1]}') is not a known entity type for authority '${authority}' (expected one of ${[...types].join(', ')}).`,
      ),
    );
  }
  if (!/^\d{6}$/.test(id.slice(2, 8))) {
    problems.push(
      problem(
        'tax-id-region-format',
        field,
        `纳税人识别号第3–8位「${id.slice(2, 8)}」应为6位数字的行政区划代码。`,
        `Tax ID positions 3–8 ('${id.slice(2, 8)}') should be a 6-digit administrative region code.`,
      ),
    );
  }
  // Positions 9–17 embed an organisation code with its own check; the 18th check already covers typos, so a miss
  // here means an unusual but possibly genuine code.
  const orgExpected = orgCodeCheckChar(id.slice(8, 16));
  if (orgExpected !== id[16]) {
    problems.push(
      problem(
        'tax-id-org-check',
        field,
        `纳税人识别号第9–17位的组织机构代码校验不符：第17位按规则应为「${orgExpected}」，实际是「${id[16]}」，请核对。`,
        `The organisation code inside the tax ID (positions 9–17) fails its check: position 17 should be '${orgExpected}', not '${id[16]}'; please check.`,
      ),
    );
  }
  return problems;
}

/** Checks a normalised tax ID (see normaliseTaxId). `field` names the input it came from in the problems. */
export function checkTaxId(id: string, field = 'taxId'): Problem[] {
  if (id.length === 18) return checkUscc(id, field);
  if ([15, 17, 20].includes(id.length) && /^[0-9A-Z]+$/.test(id)) {
    return [
      problem(
        'tax-id-old-style',
        field,
        `这是${id.length}位的旧式纳税人识别号；2015年后多数单位已换为18位统一社会信用代码，开给旧号的发票不会出现在新号下。`,
        `This is an old ${id.length}-character tax ID; most organisations moved to the 18-character credit code after 2015, and invoices issued to the old ID do not show under the new one.`,
      ),
    ];
  }
  return [
    problem(
      'tax-id-format',
      field,
      `纳税人识别号应为18位统一社会信用代码（或15、17、20位旧号，仅数字和大写字母），现在是${id.length}位「${id}」。`,
      `A tax ID is an 18-character credit code (or an old 15, 17 or 20-character ID of digits and capitals); got ${id.length} characters '${id}'.`,
    ),
  ];
}
