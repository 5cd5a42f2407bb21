import type { Rect } from '../raster';
import type { DraftField } from '../types';
import { groupLines, spanOf, xAt } from './lines';
import { assignParties, type PartyValue } from './party';
import { GAP, type TextItem, type TextLine } from './text-item';
import { typeCodeFromTitle } from './title';

export interface LayoutValue {
  value: string;
  /** The confidence of the words it came from; 1 for text the file carries. */
  confidence: number;
  /** Where the value was read, for a second, closer look. */
  box?: Rect;
}
export type LayoutFields = Partial<Record<DraftField, LayoutValue>>;

/*
 * Labels are matched loosely enough for OCR, which drops or mistakes a character of a label now and then (开票口期,
 * 纳陪人识别号, 你称), but never so loosely that two labels meet: 发票号码 and 发票代码 differ in one character, and
 * that one is always required.
 */
const S = String.raw`\s*`;
const COLON = String.raw`\s*[:：;；]{0,2}\s*`;
const DIGITS = String.raw`(\d[\dOoDIlSZB ]{6,34}\d)`;
/**
 * An amount with the character before it: ¥ or nothing is fine, anything else is OCR fusing ¥ with the first digit
 * (¥1 read as 玉 or 习), which the invoice rules then refuse so the amount gets a closer look.
 */
/** A month or day as OCR reads it: digits, or a lookalike such as ] for 1. */
const DATE_PART = String.raw`[\dOoIlSB\]\[|]{1,2}`;
const AMOUNT = String.raw`([^\s\d]?\s?-?\d[\d,]*\.\s?\d\s?\d)`;

const LABEL = {
  number: `(?:票${S}号${S}[码玛马吗]|发${S}票${S}号)${COLON}`,
  code: `(?:票${S}代${S}[码玛马吗]|发${S}票${S}代)${COLON}`,
  date: `(?:开${S}票${S}\\S${S}期|开${S}\\S${S}日${S}期|\\S${S}票${S}日${S}期)${COLON}`,
  checkCode: `(?:校${S}验${S}\\S|校${S}\\S${S}码|\\S${S}验${S}码)${COLON}`,
  taxId: `(?:识${S}别${S}号|纳${S}税${S}人${S}识|信${S}用${S}代${S}码)[^:：;；0-9A-Z]{0,24}${COLON}`,
  name: `称${S}[:：;；]${S}`,
} as const;

const PATTERNS = {
  number: new RegExp(LABEL.number + DIGITS),
  code: new RegExp(LABEL.code + DIGITS),
  date: new RegExp(LABEL.date + String.raw`(\d{4}${S}年${S}${DATE_PART}${S}月${S}${DATE_PART}${S}日?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})`),
  checkCode: new RegExp(LABEL.checkCode + DIGITS),
  /** No 12345678 in the top right of a paper invoice; OCR often mangles the N (JVo, Jo). */
  paperNumber: /(?:N|J[VW]?|I[VW]?)\s*[oO0º°№]\s*[.:：]?\s*(\d{8})(?!\d)/,
  /** The line a tax-control printer adds at the top of a paper invoice: code and number in plain digits. */
  printedCodeAndNumber: /(?:^|\D)(\d{10}|\d{12})\s+(\d{8})(?!\d)/,
  /** A 10- or 12-digit run alone at the top: the code printed large on paper invoices, without a label. */
  bareCode: /(?:^|[^\d:：])(\d{10}|\d{12})(?!\d)/,
  bareShudianNumber: /(?:^|\D)(\d{20})(?!\d)/,
  bareDate: new RegExp(String.raw`(\d{4}${S}年${S}${DATE_PART}${S}月${S}${DATE_PART}${S}日)`),
  total: new RegExp(String.raw`小${S}写${S}[)）]?${S}` + AMOUNT),
  totalLine: /价\s*税\s*合\s*计/,
  /** 合计 opens the sum row; OCR may drop 合, but a lone 计 must not be the start of an item like *计算机外部设备*. */
  sumLine: /^\W{0,3}(?:合\s*计|计(?=\s+[^\u4e00-\u9fff]))(?!.*价\s*税)/,
  amount: new RegExp(AMOUNT, 'g'),
  taxId: new RegExp(LABEL.taxId + String.raw`([0-9A-Z][0-9A-Z ]{13,40})`, 'g'),
  name: new RegExp(LABEL.name + `([^${GAP}:：;；|]{2,60})`, 'g'),
  /** An 18-character credit code without its label, which OCR sometimes loses: digits first, letters in the body. */
  bareTaxId: /(?<![0-9A-Z])([1-9NY][0-9A-Z]{17})(?![0-9A-Z])/g,
  machineNumber: /机\s*器\s*编\s*号/,
} as const;

const digits = (s: string) => s.replace(/\s/g, '');

interface Found {
  value: string;
  line: TextLine;
  start: number;
  end: number;
}

function found(line: TextLine, m: RegExpExecArray | RegExpMatchArray, group = 1): Found | null {
  const raw = m[group];
  if (raw === undefined) return null;
  const start = (m.index ?? 0) + m[0].lastIndexOf(raw);
  return { value: raw, line, start, end: start + raw.length };
}

function value(f: Found, clean: (raw: string) => string = (v) => v): LayoutValue {
  const { box, confidence } = spanOf(f.line, f.start, f.end);
  return { value: clean(f.value), confidence, box };
}

function first(lines: readonly TextLine[], re: RegExp, accept: (raw: string) => boolean = () => true, group = 1): Found | null {
  for (const line of lines) {
    const m = re.exec(line.text);
    if (!m) continue;
    const f = found(line, m, group);
    if (f && accept(f.value)) return f;
  }
  return null;
}

function partyValues(lines: readonly TextLine[], re: RegExp, clean: (raw: string) => string | null): PartyValue[] {
  const values: PartyValue[] = [];
  for (const line of lines) {
    for (const m of line.text.matchAll(re)) {
      const f = found(line, m);
      const cleaned = f && clean(f.value);
      if (!f || !cleaned) continue;
      const { box, confidence } = spanOf(line, f.start, f.end);
      values.push({ value: cleaned, x: xAt(line, m.index ?? 0), y: line.y + line.h / 2, confidence, box });
    }
  }
  return values;
}

function amountsOn(lines: readonly TextLine[], test: RegExp): Array<{ line: TextLine; values: Found[] }> {
  return lines
    .filter((l) => test.test(l.text))
    .map((line) => ({ line, values: [...line.text.matchAll(PATTERNS.amount)].flatMap((m) => found(line, m) ?? []) }));
}

const amount = (raw: string) => raw.replace(/\s/g, '');

/**
 * The 合计 row when OCR lost its label: the nearest line above 价税合计 that holds two amounts (金额 and 税额); the
 * item lines above it hold more (unit price, amount, tax).
 */
function sumAboveTotal(lines: readonly TextLine[]): { line: TextLine; values: Found[] } | undefined {
  const total = lines.findIndex((l) => PATTERNS.totalLine.test(l.text));
  for (let i = total - 1; i >= Math.max(0, total - 3); i--) {
    const line = lines[i]!;
    const values = [...line.text.matchAll(PATTERNS.amount)].flatMap((m) => found(line, m) ?? []);
    if (values.length === 2) return { line, values };
  }
  return undefined;
}

/**
 * A tax ID has no spaces, but OCR splits one now and then, and the 密码区 beside it continues the line: tokens are
 * joined only until they make an ID's length.
 */
function taxIdTokens(raw: string): string | null {
  let id = '';
  for (const token of raw.trim().split(/\s+/)) {
    if (id.length >= 15 && id.length + token.length > 20) break;
    id += token;
    if (id.length >= 18) break;
  }
  return id.length >= 15 && id.length <= 22 ? id : null;
}

/** Lines above the first party block: title, code, number, date and check code live there. */
function headerLines(lines: readonly TextLine[]): TextLine[] {
  const firstParty = lines.findIndex((l) => new RegExp(LABEL.taxId).test(l.text) || new RegExp(LABEL.name).test(l.text));
  return firstParty < 0 ? lines.slice(0, Math.ceil(lines.length / 4)) : lines.slice(0, firstParty);
}

function set(into: LayoutFields, field: DraftField, v: LayoutValue | null | undefined): void {
  if (v && !into[field]) into[field] = v;
}

function readHeader(lines: readonly TextLine[], fields: LayoutFields): void {
  const is = (n: number[]) => (raw: string) => n.includes(digits(raw).length);
  const number = first(lines, PATTERNS.number, is([8, 20]));
  set(fields, 'number', number && value(number, digits));
  const code = first(lines, PATTERNS.code, is([10, 12]));
  set(fields, 'code', code && value(code, digits));
  const date = first(lines, PATTERNS.date);
  set(fields, 'date', date && value(date, digits));
  const check = first(lines, PATTERNS.checkCode, (raw) => digits(raw).length >= 18);
  set(fields, 'checkCode', check && value(check, digits));

  const header = headerLines(lines).filter((l) => !PATTERNS.machineNumber.test(l.text));
  const printed = first(header, PATTERNS.printedCodeAndNumber, () => true, 1);
  if (printed) {
    const m = PATTERNS.printedCodeAndNumber.exec(printed.line.text)!;
    set(fields, 'code', value(printed));
    const n = found(printed.line, m, 2);
    set(fields, 'number', n && value(n));
  }
  const paperNumber = first(header, PATTERNS.paperNumber);
  set(fields, 'number', paperNumber && value(paperNumber));
  const bareCode = first(header, PATTERNS.bareCode);
  if (!fields.code && fields.number?.value.length === 8) set(fields, 'code', bareCode && value(bareCode));
  const bareNumber = first(header, PATTERNS.bareShudianNumber);
  set(fields, 'number', bareNumber && value(bareNumber));
  const bareDate = first(header, PATTERNS.bareDate);
  set(fields, 'date', bareDate && value(bareDate, digits));
}

function readAmounts(lines: readonly TextLine[], fields: LayoutFields): void {
  const total = first(lines, PATTERNS.total);
  set(fields, 'total', total && value(total, amount));
  const totalLine = amountsOn(lines, PATTERNS.totalLine).find((t) => t.values.length > 0);
  set(fields, 'total', totalLine && value(totalLine.values.at(-1)!, amount));
  const sum = amountsOn(lines, PATTERNS.sumLine).find((t) => t.values.length >= 2) ?? sumAboveTotal(lines);
  if (sum) {
    set(fields, 'amount', value(sum.values[0]!, amount));
    set(fields, 'tax', value(sum.values.at(-1)!, amount));
  }
}

function readParties(lines: readonly TextLine[], items: readonly TextItem[], fields: LayoutFields): void {
  const lineHeight = median(lines.map((l) => l.h)) || 1;
  const ids = partyValues(lines, PATTERNS.taxId, taxIdTokens);
  const taxIds = assignParties(ids, items, lineHeight);
  set(fields, 'buyerTaxId', taxIds.buyer);
  set(fields, 'sellerTaxId', taxIds.seller);
  if (!fields.buyerTaxId || !fields.sellerTaxId) {
    const body = lines.slice(headerLines(lines).length);
    const known = new Set([fields.buyerTaxId?.value, fields.sellerTaxId?.value]);
    const bare = uniqueValues(partyValues(body, PATTERNS.bareTaxId, (raw) => raw)).filter((v) => !known.has(v.value));
    if (!fields.buyerTaxId && !fields.sellerTaxId) {
      const unlabelled = assignParties(bare, items, lineHeight);
      set(fields, 'buyerTaxId', unlabelled.buyer);
      set(fields, 'sellerTaxId', unlabelled.seller);
    } else if (bare.length === 1) {
      set(fields, fields.buyerTaxId ? 'sellerTaxId' : 'buyerTaxId', bare[0]);
    }
  }
  const names = assignParties(
    partyValues(lines, PATTERNS.name, (raw) => raw.replace(/\s*[名你医当]?\s*称\s*$/, '').trim() || null),
    items,
    lineHeight,
  );
  set(fields, 'buyerName', names.buyer);
  set(fields, 'sellerName', names.seller);
}

/** Where the 价税合计 row and the 合计 row are, for a closer look when their amounts were not read. */
export function amountRows(items: readonly TextItem[]): { totalRow?: Rect; sumRow?: Rect } {
  const lines = groupLines(items);
  const box = (line: TextLine | undefined) => line && spanOf(line, 0, line.text.length).box;
  const rows: { totalRow?: Rect; sumRow?: Rect } = {};
  const total = box(lines.find((l) => PATTERNS.totalLine.test(l.text)));
  const sum = box(lines.find((l) => PATTERNS.sumLine.test(l.text)) ?? sumAboveTotal(lines)?.line);
  if (total) rows.totalRow = total;
  if (sum) rows.sumRow = sum;
  return rows;
}

/** Reads the invoice fields from text laid out on a page (a PDF's text layer, OCR words) by the labels beside them. */
export function readLayoutFields(items: readonly TextItem[]): LayoutFields {
  const lines = groupLines(items);
  const fields: LayoutFields = {};
  readHeader(lines, fields);
  readAmounts(lines, fields);
  readParties(lines, items, fields);
  const typeCode = lines.map((l) => typeCodeFromTitle(l.text)).find((c) => c !== null);
  if (typeCode) fields.typeCode = { value: typeCode, confidence: 1 };
  return fields;
}

/** The same ID read twice (a seal repeats the seller's) is one candidate, at its first place. */
function uniqueValues(values: PartyValue[]): PartyValue[] {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(v.value) && seen.add(v.value));
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
