import { parseCapitalAmount } from '../../invoice/capital-amount';
import { capitalCore } from './capital-lookalikes';
import { scale } from '../image/gray';
import { preparePage } from '../image/prepare';
import { turn } from '../image/rotate';
import { splitBands } from '../image/split-bands';
import { amountRows, readLayoutFields, type LayoutFields, type LayoutValue } from '../layout/read-fields';
import type { TextItem } from '../layout/text-item';
import { unsupportedTitle } from '../layout/title';
import type { OnProgress } from '../progress';
import type { GrayImage, Rect } from '../raster';
import type { DraftField, Reading } from '../types';
import { chooseAmounts, reconcileAmounts, type AmountField, type AmountValue } from './amount-triple';
import type { OcrCharset, OcrEngine, OcrWord } from './engine';
import { repairAmount, repairCheckCode, repairCode, repairDate, repairNumber, repairTaxId, type Repaired } from './repair';
import { secondLook } from './second-look';

/** Width the printed area is read at in the whole-page pass: body text ends up about 20 px tall. */
const PAGE_WIDTH = 1500;

export interface OcrResult {
  readings: Reading[];
  unsupported: string | null;
}

interface FieldRule {
  charset: OcrCharset;
  repair: (raw: string, fields: LayoutFields, today: string) => Repaired & { alternatives?: string[] };
  /**
   * How sure a value is once the rules accept it. Tesseract reports no confidence for a reading limited to a few
   * characters, so a closer look counts for what its rules prove: two check characters prove a tax ID, a plausible
   * date proves less.
   */
  trust: number;
}

/** The invoice rules each OCR value must pass, and the characters its field can hold. */
const RULES: Partial<Record<DraftField, FieldRule>> = {
  number: { charset: 'digits', repair: (raw, f) => repairNumber(raw, f.date?.value), trust: 0.85 },
  code: { charset: 'digits', repair: (raw, f) => repairCode(raw, f.date?.value), trust: 0.85 },
  date: { charset: 'date', repair: (raw, _f, today) => repairDate(raw, today), trust: 0.85 },
  checkCode: { charset: 'digits', repair: (raw) => repairCheckCode(raw), trust: 0.8 },
  total: { charset: 'amount', repair: (raw) => repairAmount(raw), trust: 0.7 },
  amount: { charset: 'amount', repair: (raw) => repairAmount(raw), trust: 0.7 },
  tax: { charset: 'amount', repair: (raw) => repairAmount(raw), trust: 0.7 },
  sellerTaxId: { charset: 'tax-id', repair: (raw) => repairTaxId(raw), trust: 0.95 },
  buyerTaxId: { charset: 'tax-id', repair: (raw) => repairTaxId(raw), trust: 0.95 },
};

/** Amounts that add up to the total are proven by the sum, whatever OCR thought of each. */
const SUM_TRUST = 0.95;

/** The date first: the number's and code's year digits are checked against it. */
const ORDER: readonly DraftField[] = ['date', 'number', 'code', 'checkCode', 'total', 'amount', 'tax', 'sellerTaxId', 'buyerTaxId'];
const AMOUNTS: readonly AmountField[] = ['total', 'amount', 'tax'];
const isAmount = (f: DraftField): f is AmountField => (AMOUNTS as readonly string[]).includes(f);

interface Settled {
  value: string;
  valid: boolean;
  changed: boolean;
  confidence: number;
  /** What an invalid reading could equally be (tax IDs whose check characters fit several repairs). */
  alternatives?: string[];
}

/** Settles each field's value by the invoice rules, looking closer where they refuse what the page pass read. */
class FieldReader {
  readonly settled = new Map<DraftField, Settled>();
  /** Every reading of each amount the rules accept: the sum picks among them. */
  private readonly amountReadings = new Map<AmountField, Array<{ value: string; confidence: number }>>();
  private readonly looked = new Set<DraftField>();
  /** An amount the page pass read with a sign other than ¥ before it: ¥ fused with its first digit, which may be lost. */
  private fused = false;

  constructor(
    private readonly engine: OcrEngine,
    private readonly page: GrayImage,
    private readonly factor: number,
    private readonly fields: LayoutFields,
    private readonly today: string,
  ) {}

  /** Boxes found on the reduced page, in the full-resolution page's pixels. */
  private box(v: LayoutValue): Rect | undefined {
    if (!v.box) return undefined;
    const { x, y, w, h } = v.box;
    return { x: x / this.factor, y: y / this.factor, w: w / this.factor, h: h / this.factor };
  }

  private keep(field: DraftField, repaired: Repaired & { alternatives?: string[] }, ocrConfidence: number): void {
    const confidence = repaired.valid ? Math.max(ocrConfidence, RULES[field]?.trust ?? 0) : ocrConfidence;
    if (isAmount(field) && repaired.valid) {
      const list = this.amountReadings.get(field) ?? [];
      list.push({ value: repaired.value, confidence });
      this.amountReadings.set(field, list);
    }
    const previous = this.settled.get(field);
    if (previous?.valid && !repaired.valid) return;
    if (repaired.valid) this.fields[field] = { ...this.fields[field]!, value: repaired.value };
    if (!previous?.valid || !isAmount(field)) this.settled.set(field, { ...repaired, confidence });
  }

  private async lookCloser(field: DraftField, all: boolean): Promise<void> {
    const found = this.fields[field];
    const rule = RULES[field];
    const box = found && this.box(found);
    if (!rule || !box || this.looked.has(field)) return;
    this.looked.add(field);
    for (const look of await secondLook(this.engine, this.page, box, rule.charset, (raw) => rule.repair(raw, this.fields, this.today), all)) {
      this.keep(field, look.repaired, look.confidence);
    }
  }

  async settle(field: DraftField): Promise<void> {
    const found = this.fields[field];
    const rule = RULES[field];
    if (!found || !rule) return;
    if (isAmount(field) && /^[^\d¥￥Y\s-]/.test(found.value)) this.fused = true;
    this.keep(field, rule.repair(found.value, this.fields, this.today), found.confidence);
    if (!this.settled.get(field)?.valid) await this.lookCloser(field, isAmount(field));
  }

  /** Every amount read again in grey and in black and white: the readings that add up are the right ones. */
  async lookCloserAtAmounts(): Promise<void> {
    for (const field of AMOUNTS) await this.lookCloser(field, true);
  }

  /**
   * 价税合计 in words (大写): ¥ and a digit never fuse there, so it tells which readings of the total are whole. Only a
   * clean reading counts (nothing but capital numerals from the first to the closing 整 or 分), and then as two
   * readings, being independent of the figures.
   */
  /** Returns whether it added a reading, and the amounts are to be settled again. */
  async readTotalInWords(totalRow: Rect | undefined, agree: boolean | null): Promise<boolean> {
    // Only worth its time when the figures are in doubt: they disagree, or ¥ fused with a digit somewhere.
    if (!totalRow || (agree === true && !this.fused)) return false;
    const h = totalRow.h / this.factor;
    const box = { x: this.page.width * 0.1, y: totalRow.y / this.factor, w: this.page.width * 0.65, h };
    const looks = await secondLook(this.engine, this.page, box, 'capital', (raw) => {
      const core = capitalCore(raw);
      const amount = core === null ? null : parseCapitalAmount(core);
      return amount === null ? { value: raw, valid: false, changed: false } : { value: amount, valid: true, changed: true };
    });
    const clean = looks.find((l) => l.repaired.valid);
    if (!clean) return false;
    this.keep('total', clean.repaired, RULES.total!.trust);
    this.keep('total', clean.repaired, RULES.total!.trust);
    return true;
  }

  /**
   * The amounts of a row whose label was read but whose numbers were not: the row's right part is read with only
   * the characters amounts hold. The 合计 row gives 金额 first and 税额 last, the 价税合计 row ends with the total.
   */
  async readAmountRows(rows: { totalRow?: Rect; sumRow?: Rect }): Promise<void> {
    const spots: Array<[Rect | undefined, number, Array<[AmountField, 'first' | 'last']>]> = [
      [rows.totalRow, 0.55, [['total', 'last']]],
      [rows.sumRow, 0.45, [['amount', 'first'], ['tax', 'last']]],
    ];
    for (const [row, from, wanted] of spots) {
      if (!row) continue;
      const y = row.y / this.factor;
      const h = row.h / this.factor;
      const box = { x: this.page.width * from, y, w: this.page.width * (1 - from) - 2, h };
      const looks = await secondLook(this.engine, this.page, box, 'amount', (raw) => repairAmount(raw), true);
      for (const look of looks) {
        const amounts = look.raw.match(/\d[\d,]*\.\d{2}/g) ?? [];
        if (!amounts.length) continue;
        for (const [field, which] of wanted) {
          if (wanted.length > 1 && amounts.length < 2) continue;
          this.keep(field, repairAmount(which === 'first' ? amounts[0]! : amounts.at(-1)!), look.confidence);
        }
      }
    }
  }

  /** 金额 + 税额 = 价税合计 decides among the readings; true when the three agree, null when one is missing. */
  resolveAmounts(exact: ReadonlyMap<string, string>): boolean | null {
    const fixed: Partial<Record<AmountField, string>> = {};
    const readings: Partial<Record<AmountField, string[]>> = {};
    for (const f of AMOUNTS) {
      const known = exact.get(f);
      if (known !== undefined) fixed[f] = known;
      readings[f] = (this.amountReadings.get(f) ?? []).map((r) => r.value);
    }
    const chosen = chooseAmounts(readings, fixed);
    if (chosen) {
      for (const f of AMOUNTS) {
        if (fixed[f] !== undefined || chosen[f] === undefined) continue;
        this.settled.set(f, { value: chosen[f]!, valid: true, changed: false, confidence: SUM_TRUST });
      }
      return true;
    }
    const values: Partial<Record<AmountField, AmountValue>> = {};
    for (const f of AMOUNTS) {
      const s = this.settled.get(f);
      const likeliest = mostRead(readings[f] ?? []);
      if (fixed[f] !== undefined) values[f] = { value: fixed[f]!, valid: true, exact: true };
      else if (likeliest !== undefined) {
        values[f] = { value: likeliest, valid: true, exact: false };
        this.settled.set(f, { ...s!, value: likeliest, valid: true });
      } else if (s) values[f] = { value: s.value, valid: s.valid, exact: false };
    }
    const { corrected, agree } = reconcileAmounts(values);
    for (const [f, value] of Object.entries(corrected) as [AmountField, string][]) {
      const others = AMOUNTS.filter((o) => o !== f).map((o) => (exact.has(o) ? 1 : (this.settled.get(o)?.confidence ?? 0)));
      this.settled.set(f, { value, valid: true, changed: true, confidence: Math.min(...others) * 0.9 });
    }
    return agree;
  }
}

/** The reading given most often (the first of equals): two looks that agree outweigh one. */
function mostRead(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].reduce<[string, number] | undefined>((best, c) => (!best || c[1] > best[1] ? c : best), undefined)?.[0];
}

function confidenceOf(s: Settled, doubt: number): number {
  const ruled = s.valid ? (s.changed ? 0.9 : 1) : 0.4;
  return Math.round(Math.max(0, Math.min(1, s.confidence)) * ruled * doubt * 1000) / 1000;
}

/** The page pass, in as many bands as the engine reads at once (two cores read two halves in about half the time). */
async function readInBands(engine: OcrEngine, page: GrayImage): Promise<OcrWord[]> {
  const bands = splitBands(page, engine.pageLanes ?? 1);
  const read = await Promise.all(bands.map(({ band }) => engine.recognise(band, { layout: 'page', charset: 'any' })));
  return read.flatMap((words, i) => {
    const { top, from, to } = bands[i]!;
    // A word read in two overlapping bands is kept by the band that owns the row of its centre.
    return words.map((w) => ({ ...w, y: w.y + top })).filter((w) => w.y + w.h / 2 >= from && w.y + w.h / 2 < to);
  });
}

/** Enough was read to call the page upright: an invoice number, or a date beside a tax ID. */
function upright(fields: LayoutFields): boolean {
  return fields.number !== undefined || (fields.date !== undefined && (fields.buyerTaxId ?? fields.sellerTaxId) !== undefined);
}

/**
 * The whole-page pass. Invoices are landscape, so a portrait printed area was scanned sideways and is turned a
 * quarter first; a page that still yields no invoice fields is tried the other way up.
 */
async function readPage(engine: OcrEngine, level: GrayImage, onProgress: OnProgress) {
  const sideways = level.height > level.width * 1.15;
  const turns: Array<0 | 1 | 2 | 3> = sideways ? [1, 3] : [0, 2];
  let best: { prepared: GrayImage; factor: number; items: TextItem[]; fields: LayoutFields } | null = null;
  for (const [i, quarters] of turns.entries()) {
    const prepared = turn(level, quarters);
    const factor = PAGE_WIDTH / prepared.width;
    const words = await readInBands(engine, scale(prepared, factor));
    onProgress('ocr', 0.6 / (turns.length - i));
    const items: TextItem[] = words.map((w) => ({ ...w }));
    const read = { prepared, factor, items, fields: readLayoutFields(items) };
    if (upright(read.fields)) return read;
    if (!best || Object.keys(read.fields).length > Object.keys(best.fields).length) best = read;
  }
  return best!;
}

/**
 * Reads an invoice picture with OCR: the printed area is found, levelled and read once as a whole; each field is
 * taken by the label printed beside it and put through the invoice rules (digit counts, check characters, the
 * date's year in the number and code, 金额 + 税额 = 价税合计, the QR's values). A value that fails gets a closer look
 * with only the characters its field can hold; one that still fails is shown with a low confidence for the user.
 */
export async function readByOcr(
  engine: OcrEngine,
  page: GrayImage,
  today: string,
  onProgress: OnProgress,
  known: readonly Reading[] = [],
): Promise<OcrResult> {
  onProgress('ocr', 0.05);
  const { prepared, factor, items, fields } = await readPage(engine, preparePage(page).image, onProgress);
  const reader = new FieldReader(engine, prepared, factor, fields, today);
  for (const field of ORDER) await reader.settle(field);
  const rows = amountRows(items);
  const exact = new Map(known.filter((r) => r.source === 'qr').map((r) => [r.field, r.value]));
  let agree = reader.resolveAmounts(exact);
  if (await reader.readTotalInWords(rows.totalRow, agree)) agree = reader.resolveAmounts(exact);
  if (agree !== true) {
    onProgress('ocr', 0.8);
    await reader.lookCloserAtAmounts();
    agree = reader.resolveAmounts(exact);
  }
  if (agree !== true) {
    onProgress('ocr', 0.9);
    await reader.readAmountRows(rows);
    agree = reader.resolveAmounts(exact);
  }

  const readings: Reading[] = [];
  for (const [field, s] of reader.settled) {
    readings.push({ field, value: s.value, source: 'ocr', confidence: confidenceOf(s, isAmount(field) && agree === false ? 0.5 : 1) });
    // Shown beside the value as what it could be; just below it, so the reading itself stays first.
    for (const alt of s.valid ? [] : (s.alternatives ?? [])) readings.push({ field, value: alt, source: 'ocr', confidence: confidenceOf(s, 0.9) });
  }
  for (const field of ['sellerName', 'buyerName', 'typeCode'] as const) {
    const found = fields[field];
    if (found) readings.push({ field, value: found.value, source: 'ocr', confidence: Math.round(found.confidence * 1000) / 1000 });
  }
  onProgress('ocr', 1);
  return { readings, unsupported: unsupportedTitle(items.map((i) => i.text).join('')) };
}
