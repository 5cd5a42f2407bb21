import { chinaIsoDate, DAY_MS } from '../invoice/china-time';
import { AMOUNT_RE, DATE_RE } from '../invoice/formats';
import type { PageSignal, QueryScope, Sighting, Taxpayer } from '../invoice/model';
import { compact } from './compact';
import { MAX_ROWS } from './limits';

/** What the content script reports of one look at the page (the `portal:observed` message without its type). */
export interface Observation {
  scope: QueryScope | null;
  sightings: Sighting[];
  signals: PageSignal[];
  taxpayer: Taxpayer | null;
}

/*
 * The last gate before a message leaves the content script. Readers already refuse what they cannot read; this makes
 * sure nothing page-shaped is out of range: every time is the content script's own clock, every text fits the model's
 * limits (utils/invoice/model.ts; a test parses the output with that schema), and no date is absurd. One bad field is
 * dropped, never the whole message, which the background's schema would refuse.
 */

/** Invoices this extension can meet are issued from 2000 on. */
export const EARLIEST_INVOICE_DATE = '2000-01-01';
/** 价税合计 of at most 13 integer digits (under ten trillion yuan); more is no invoice amount. */
const AMOUNT_INT_DIGITS = 13;
const MAX_SIGNALS = 20;
const MAX_CODES = 50;
const MAX_NARROWING = 10;

const KEY = /^(?:\d{20}|(?:\d{10}|\d{12})-\d{8})$/;
const NUMBER = /^(?:\d{8}|\d{20})$/;
const INVOICE_CODE = /^(?:\d{10}|\d{12})$/;
const PORTAL_CODE = /^\d{2,3}$/;
const TAX_ID = /^[0-9A-Z]{15,20}$/;

/** Bidi controls, zero-width and other invisible format characters: they can make a name read as another. */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB]/g;
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Visible text on one line, at most `max` UTF-16 units, never ending in half a character. */
export function cleanText(text: string, max: number): string {
  const clean = text.replace(INVISIBLE, '').replace(CONTROL, ' ').replace(LONE_SURROGATE, '').replace(/\s+/g, ' ').trim();
  const cut = clean.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

const optText = (text: string | undefined, max: number) => (text === undefined ? undefined : cleanText(text, max) || undefined);
const matching = (re: RegExp, value: string | undefined) => (value !== undefined && re.test(value) ? value : undefined);

/** An amount in the canonical form and of a size an invoice can have. */
export function boundedAmount(amount: string | undefined): string | undefined {
  if (amount === undefined || !AMOUNT_RE.test(amount)) return undefined;
  return amount.replace(/^-/, '').indexOf('.') <= AMOUNT_INT_DIGITS ? amount : undefined;
}

/** The latest invoice date possible at `now`: tomorrow in China (a clock a little off must not lose today's). */
export function latestInvoiceDate(now: number): string {
  return chinaIsoDate(now + DAY_MS);
}

/** An invoice date from 2000 up to tomorrow in China; anything else is no date an invoice had. */
export function boundedInvoiceDate(date: string | undefined, now: number): string | undefined {
  if (date === undefined || !DATE_RE.test(date)) return undefined;
  return date >= EARLIEST_INVOICE_DATE && date <= latestInvoiceDate(now) ? date : undefined;
}

/**
 * A query's date range within what can exist: an end after tomorrow covers no more than tomorrow (kept as tomorrow);
 * a start after it, or either end before 2000, is unknown.
 */
function boundedRange(from: string | null, to: string | null, now: number): { dateFrom: string | null; dateTo: string | null } {
  const latest = latestInvoiceDate(now);
  const sane = (d: string | null) => (d !== null && DATE_RE.test(d) && d >= EARLIEST_INVOICE_DATE ? d : null);
  const start = sane(from);
  const end = sane(to);
  return { dateFrom: start !== null && start <= latest ? start : null, dateTo: end !== null && end > latest ? latest : end };
}

const intIn = (n: number, min: number, max: number) => Number.isSafeInteger(n) && n >= min && n <= max;

function codes(list: readonly string[]): string[] {
  return [...new Set(list.filter((c) => PORTAL_CODE.test(c)))].slice(0, MAX_CODES);
}

function boundSighting(s: Sighting, scopeId: string, now: number): Sighting | null {
  if (!KEY.test(s.key) || !NUMBER.test(s.number) || (s.code !== undefined && !INVOICE_CODE.test(s.code))) return null;
  return compact({
    key: s.key,
    number: s.number,
    code: s.code,
    date: boundedInvoiceDate(s.date, now),
    total: boundedAmount(s.total),
    amount: boundedAmount(s.amount),
    tax: boundedAmount(s.tax),
    sellerTaxId: matching(TAX_ID, s.sellerTaxId),
    sellerName: optText(s.sellerName, 200),
    buyerTaxId: matching(TAX_ID, s.buyerTaxId),
    buyerName: optText(s.buyerName, 200),
    typeCode: matching(PORTAL_CODE, s.typeCode),
    statusCode: matching(PORTAL_CODE, s.statusCode),
    riskCode: matching(PORTAL_CODE, s.riskCode),
    scopeId,
    seenAt: now,
    via: s.via,
  });
}

function boundScope(s: QueryScope, now: number): QueryScope {
  return compact({
    ...s,
    id: s.id.slice(0, 200),
    at: now,
    page: s.page.slice(0, 500),
    host: s.host.slice(0, 200),
    ...boundedRange(s.dateFrom, s.dateTo, now),
    statusCodes: codes(s.statusCodes),
    typeCodes: codes(s.typeCodes),
    pageNumber: intIn(s.pageNumber, 1, 1_000_000) ? s.pageNumber : 1,
    pageSize: intIn(s.pageSize, 0, 1_000_000) ? s.pageSize : 0,
    total: s.total !== null && intIn(s.total, 0, 1e9) ? s.total : null,
    rows: intIn(s.rows, 0, MAX_ROWS) ? s.rows : 0,
    taxpayerId: s.taxpayerId !== null && TAX_ID.test(s.taxpayerId) ? s.taxpayerId : null,
    error: optText(s.error, 500),
    narrowedBy: s.narrowedBy?.filter((n) => n.length <= 32).slice(0, MAX_NARROWING),
    numberFilter: matching(NUMBER, s.numberFilter),
  });
}

function boundSignal(s: PageSignal, now: number): PageSignal {
  return { kind: s.kind, at: now, text: cleanText(s.text, 500), page: s.page.slice(0, 500) };
}

function boundTaxpayer(t: Taxpayer | null, now: number): Taxpayer | null {
  if (t === null || !TAX_ID.test(t.taxId)) return null;
  return compact({ taxId: t.taxId, name: optText(t.name, 200), at: now });
}

/**
 * The observation as it may leave the content script, stamped with `now` (the isolated script's clock): scope, rows,
 * signals and taxpayer all carry that time, and rows carry their scope's id.
 */
export function boundObservation(o: Observation, now: number): Observation {
  const scope = o.scope && boundScope(o.scope, now);
  const scopeId = scope?.id ?? '';
  return {
    scope,
    sightings: o.sightings.slice(0, 2 * MAX_ROWS).flatMap((s) => boundSighting(s, scopeId, now) ?? []),
    signals: o.signals.slice(0, MAX_SIGNALS).map((s) => boundSignal(s, now)),
    taxpayer: boundTaxpayer(o.taxpayer, now),
  };
}
