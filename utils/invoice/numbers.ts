import { LEGACY_KINDS_10, LEGACY_KINDS_12 } from './code-tables';
import type { Problem } from './model';
import { normaliseDigits } from './normalise';
import { firstNonDigit, problem } from './problem';
import { provinceName } from './provinces';


export function invoiceKey(number: string, code?: string): string {
  return code ? `${code}-${number}` : number;
}

export function parseKey(key: string): { number: string; code?: string } | null {
  if (/^\d{20}$/.test(key)) return { number: key };
  const m = /^(\d{10}|\d{12})-(\d{8})$/.exec(key);
  return m?.[1] && m[2] ? { number: m[2], code: m[1] } : null;
}

function digitsOnly(value: string, field: 'number' | 'code', label: { zh: string; en: string }): Problem[] {
  const bad = firstNonDigit(value);
  if (!bad) return [];
  return [
    problem(
      `${field}-not-digits`,
      field,
      `${label.zh}第${bad.position}位是「${bad.char}」，只能是数字。`,
      `${label.en} has '${bad.char}' at position ${bad.position}; only digits are allowed.`,
    ),
  ];
}

const NUMBER_LABEL = { zh: '发票号码', en: 'Invoice number' };
const CODE_LABEL = { zh: '发票代码', en: 'Invoice code' };

/** 20-digit 数电 number: yy, province, channel, sequence. `date` is `YYYY-MM-DD`. */
export function checkShudianNumber(number: string, date?: string): Problem[] {
  const notDigits = digitsOnly(number, 'number', NUMBER_LABEL);
  if (notDigits.length) return notDigits;
  if (number.length !== 20) {
    return [
      problem(
        'number-length',
        'number',
        `数电发票号码应为20位数字，现在是${number.length}位。`,
        `A 数电 invoice number has 20 digits; this one has ${number.length}.`,
      ),
    ];
  }
  const problems: Problem[] = [];
  const yy = number.slice(0, 2);
  if (date && date.slice(2, 4) !== yy) {
    const expected = date.slice(2, 4);
    problems.push(
      problem(
        'number-year-mismatch',
        'number',
        `发票号码第1–2位「${yy}」表示20${yy}年开具，但开票日期是${date}，应为「${expected}」。请核对号码或日期。`,
        `Digits 1–2 of the number ('${yy}') mean issued in 20${yy}, but the date is ${date}; expected '${expected}'. Check the number or the date.`,
      ),
    );
  }
  const province = number.slice(2, 4);
  if (!provinceName(province)) {
    problems.push(
      problem(
        'number-province-unknown',
        'number',
        `发票号码第3–4位「${province}」不是已知的省份代码（如 11 北京、31 上海、44 广东），请核对。`,
        `Digits 3–4 of the number ('${province}') are not a known province code (e.g. 11 Beijing, 31 Shanghai, 44 Guangdong); please check.`,
      ),
    );
  }
  return problems;
}

/**
 * The year in a legacy code is when the code batch was issued, so it is the invoice's year or, for paper stock
 * carried over, one year earlier; never later.
 */
function checkCodeYear(yy: string, digits: string, date: string): Problem[] {
  const issueYear = Number(date.slice(0, 4));
  const codeYear = Math.floor(issueYear / 100) * 100 + Number(yy);
  if (codeYear > issueYear) {
    return [
      problem(
        'code-year-after-date',
        'code',
        `发票代码第${digits}位「${yy}」表示${codeYear}年的代码，晚于开票日期${date}，不可能；请核对代码或日期。`,
        `Digits ${digits} of the code ('${yy}') mean a ${codeYear} code, later than the issue date ${date}; check the code or the date.`,
      ),
    ];
  }
  if (issueYear - codeYear > 1) {
    return [
      problem(
        'code-year-too-old',
        'code',
        `发票代码第${digits}位「${yy}」表示${codeYear}年的代码，比开票日期${date}早${issueYear - codeYear}年（应为${issueYear}或${issueYear - 1}年）；请核对代码或日期。`,
        `Digits ${digits} of the code ('${yy}') mean a ${codeYear} code, ${issueYear - codeYear} years before the issue date ${date} (expected ${issueYear} or ${issueYear - 1}); check the code or the date.`,
      ),
    ];
  }
  return [];
}

function unknownKind(code: string, kind: string, digits: string): Problem {
  return problem(
    'code-kind-unknown',
    'code',
    `发票代码第${digits}位「${kind}」不是常见的发票种类（${code.length}位代码），请核对。`,
    `Digits ${digits} of the ${code.length}-digit code ('${kind}') are not a known invoice kind; please check.`,
  );
}

/** 10- or 12-digit legacy 发票代码. `date` is `YYYY-MM-DD`. */
export function checkLegacyCode(code: string, date?: string): Problem[] {
  const notDigits = digitsOnly(code, 'code', CODE_LABEL);
  if (notDigits.length) return notDigits;
  if (code.length !== 10 && code.length !== 12) {
    return [
      problem(
        'code-length',
        'code',
        `发票代码应为10位或12位数字，现在是${code.length}位。`,
        `An invoice code has 10 or 12 digits; this one has ${code.length}.`,
      ),
    ];
  }
  const problems: Problem[] = [];
  const twelve = code.length === 12;
  if (twelve && !code.startsWith('0')) {
    problems.push(
      problem(
        'code-first-digit',
        'code',
        `12位发票代码第1位通常是「0」，这里是「${code[0]}」，请核对。`,
        `The first digit of a 12-digit code is normally '0'; this one is '${code[0]}'. Please check.`,
      ),
    );
  }
  const [yy, yearDigits] = twelve ? [code.slice(5, 7), '6–7'] : [code.slice(4, 6), '5–6'];
  if (date) problems.push(...checkCodeYear(yy, yearDigits, date));
  const [kind, kindDigits, kinds] = twelve ? [code.slice(10, 12), '11–12', LEGACY_KINDS_12] : [code.slice(7, 8), '8', LEGACY_KINDS_10];
  if (!Object.hasOwn(kinds, kind)) problems.push(unknownKind(code, kind, kindDigits));
  return problems;
}

export function checkLegacyNumber(number: string): Problem[] {
  const notDigits = digitsOnly(number, 'number', NUMBER_LABEL);
  if (notDigits.length) return notDigits;
  if (number.length === 8) return [];
  return [
    problem(
      'legacy-number-length',
      'number',
      `有发票代码的发票，号码应为8位数字，现在是${number.length}位。`,
      `An invoice with a code has an 8-digit number; this one has ${number.length}.`,
    ),
  ];
}

/** A corrected reading of what the user typed, to offer with one click. */
export interface NumberSuggestion {
  number: string;
  code?: string;
}

export interface NumberClassification {
  kind: 'shudian' | 'legacy' | 'invalid';
  problems: Problem[];
  suggestion?: NumberSuggestion;
}

/** A code that passes every structural check, including a known kind: safe to propose when splitting glued input. */
function isCleanLegacyCode(code: string): boolean {
  return checkLegacyCode(code).length === 0;
}

function invalid(p: Problem, suggestion?: NumberSuggestion): NumberClassification {
  return suggestion ? { kind: 'invalid', problems: [p], suggestion } : { kind: 'invalid', problems: [p] };
}

function splitGlued(n: string): NumberSuggestion | undefined {
  const code = n.slice(0, -8);
  return (n.length === 18 || n.length === 20) && isCleanLegacyCode(code) ? { number: n.slice(-8), code } : undefined;
}

/** Which kind of invoice the number (and code) describe, catching the usual mix-ups between the two fields. */
export function classifyNumberInput(number: string, code?: string): NumberClassification {
  const n = normaliseDigits(number);
  const c = normaliseDigits(code ?? '');
  const badNumber = digitsOnly(n, 'number', NUMBER_LABEL);
  if (badNumber[0]) return invalid(badNumber[0]);
  const badCode = digitsOnly(c, 'code', CODE_LABEL);
  if (badCode[0]) return invalid(badCode[0]);

  if (c === '') {
    const glued = splitGlued(n);
    // A clean 12-digit code starts with 0, which no 数电 number (year 2x first) does, so 20 digits are not ambiguous.
    if (glued) {
      return invalid(
        problem(
          'number-glued',
          'number',
          `这串${n.length}位数字像是发票代码（${glued.code}）和8位发票号码（${glued.number}）连在一起，请分开填写。`,
          `These ${n.length} digits look like an invoice code (${glued.code}) followed by the 8-digit number (${glued.number}); enter them separately.`,
        ),
        glued,
      );
    }
    if (n.length === 20) return { kind: 'shudian', problems: [] };
    if (n.length === 8) {
      return invalid(
        problem(
          'code-missing',
          'code',
          '8位发票号码必须同时填写10位或12位发票代码；数电发票的号码是20位。',
          'An 8-digit invoice number needs its 10- or 12-digit invoice code; 数电 invoice numbers have 20 digits.',
        ),
      );
    }
    if (n.length === 0) {
      return invalid(problem('number-missing', 'number', '请填写发票号码。', 'Enter the invoice number.'));
    }
    return invalid(
      problem(
        'number-length',
        'number',
        `发票号码应为20位（数电发票）或8位（另填发票代码），现在是${n.length}位。`,
        `The invoice number has 20 digits (数电) or 8 digits (with a code); this one has ${n.length}.`,
      ),
    );
  }

  if (c.length === 20 && n === '') {
    return invalid(
      problem(
        'number-in-code-field',
        'code',
        '20位数电发票号码填在了发票代码栏，应填在发票号码栏，代码留空。',
        'The 20-digit 数电 number was entered as the code; it belongs in the number field, with no code.',
      ),
      { number: c },
    );
  }
  if (n.length === 20) {
    return invalid(
      problem(
        'code-not-expected',
        'code',
        `20位号码是数电发票，没有发票代码；请清空发票代码栏（现在是「${c}」）。`,
        `A 20-digit number is a 数电 invoice, which has no code; clear the code field (now '${c}').`,
      ),
      { number: n },
    );
  }
  if (c.length === 8 && (n.length === 10 || n.length === 12)) {
    return invalid(
      problem(
        'number-code-swapped',
        'code',
        `发票代码和发票号码好像填反了：代码应为${n.length}位（${n}），号码应为8位（${c}）。`,
        `The code and number look swapped: the code has ${n.length} digits (${n}), the number 8 (${c}).`,
      ),
      { number: c, code: n },
    );
  }
  if ((c.length === 10 || c.length === 12) && n.length === 8) return { kind: 'legacy', problems: [] };
  // What is left: a code and a number whose lengths fit no kind of invoice.
  const lengths = [...checkLegacyCode(c).filter((p) => p.code === 'code-length'), ...checkLegacyNumber(n)];
  return { kind: 'invalid', problems: lengths };
}
