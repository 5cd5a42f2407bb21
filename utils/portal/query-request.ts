import type { Direction } from '../invoice/model';
import { normaliseDate } from '../invoice/normalise';
import { MAX_REQUEST_BODY_CHARS } from './hook-constants';
import { parseLoweredJson } from './json';
import { normaliseCode } from './portal-codes';
import { count, isRecord, scalar, scalarText, type Scalar } from './untrusted';

/** The filters of one invoice-list query. Unknown values are null / empty (= all). */
export interface ParsedQuery {
  direction: Direction | null;
  dateFrom: string | null;
  dateTo: string | null;
  statusCodes: string[];
  typeCodes: string[];
  pageNumber: number | null;
  pageSize: number | null;
  /** True when the body was `{Jmbw: ...}`, so none of the filters could be read. */
  encrypted: boolean;
  /** Narrowing filters that were set, by their request names; empty when none. */
  narrowedBy: string[];
  /** The invoice number asked for by `fphm`, when set. */
  numberFilter: string | null;
  /** The buyer tax ID asked for by `gmfnsrsbh`, when set: our own in a 取得 query narrows nothing. */
  buyerFilter?: string;
}

function unknownQuery(encrypted = false): ParsedQuery {
  return {
    direction: null,
    dateFrom: null,
    dateTo: null,
    statusCodes: [],
    typeCodes: [],
    pageNumber: null,
    pageSize: null,
    encrypted,
    narrowedBy: [],
    numberFilter: null,
  };
}

const TEXT_CHARS = 200;
const MAX_CODES = 200;

/** A page number or size: a number, or a string of digits. */
export function pageInt(value: unknown): number | undefined {
  return count(value, 1_000_000, 7);
}

/** Filters that narrow a query, with the value that means "all" where the portal has one (FplyDm 0 = every source). */
const NARROWING: ReadonlyArray<readonly [string, string, string]> = [
  ['fplydm', 'FplyDm', '0'],
  ['sflzfp', 'Sflzfp', ''],
  ['fphm', 'fphm', ''],
  ['gmfnsrsbh', 'gmfnsrsbh', ''],
  ['dfnsrsbh', 'dfnsrsbh', ''],
  ['dfnsrmc', 'dfnsrmc', ''],
  ['tfrqq', 'Tfrqq', ''],
  ['tfrqz', 'Tfrqz', ''],
];

/** A request value as trimmed text; '' when absent or not a short string or number. */
function text(body: Record<string, unknown>, key: string): string {
  return scalarText(body[key], TEXT_CHARS);
}

/** Gjbq: 1 开具, 2 取得. */
export function gjbqDirection(v: string): Direction | null {
  return v === '1' ? 'issued' : v === '2' ? 'received' : null;
}

function date(v: string): string | null {
  return v === '' ? null : normaliseDate(v);
}

/** A code list as an array or as one comma-separated value; a list of anything else counts as none given. */
function codes(value: unknown): string[] {
  let parts: Scalar[];
  if (Array.isArray(value)) {
    if (value.length > MAX_CODES) return [];
    const items = value.map((v) => scalar(v, TEXT_CHARS));
    if (items.some((v) => v === undefined)) return [];
    parts = items as Scalar[];
  } else {
    const one = scalar(value, TEXT_CHARS);
    parts = one === undefined ? [] : String(one).split(/[,，\s]+/);
  }
  const out: string[] = [];
  for (const p of parts) {
    const code = normaliseCode(p);
    if (code !== null && !out.includes(code)) out.push(code);
  }
  return out;
}

/** A body we cannot read (missing, not JSON, encrypted) hides the filters: say so rather than assume "all". */
export function readQueryRequest(body: string | null): ParsedQuery {
  const json = parseLoweredJson(body, MAX_REQUEST_BODY_CHARS);
  if (!json.ok) return unknownQuery(true);
  const r = json.value;
  if (!isRecord(r)) return unknownQuery(true);
  if (typeof r.jmbw === 'string' && r.jmbw !== '') return unknownQuery(true);
  const fphm = text(r, 'fphm');
  const buyer = text(r, 'gmfnsrsbh');
  return {
    direction: gjbqDirection(text(r, 'gjbq')),
    dateFrom: date(text(r, 'kprqq')),
    dateTo: date(text(r, 'kprqz')),
    statusCodes: codes(r.fpztdm),
    typeCodes: codes(r.fplxdm),
    pageNumber: pageInt(r.pagenumber) ?? null,
    pageSize: pageInt(r.pagesize) ?? null,
    encrypted: false,
    narrowedBy: NARROWING.filter(([key, , all]) => {
      const value = text(r, key);
      return value !== '' && value !== all;
    }).map(([, name]) => name),
    numberFilter: fphm === '' ? null : fphm,
    ...(buyer === '' ? {} : { buyerFilter: buyer.toUpperCase() }),
  };
}
