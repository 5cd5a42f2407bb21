import { z } from 'zod';
import type { Direction } from '../invoice/model';
import { normaliseDate } from '../invoice/normalise';
import { MAX_REQUEST_BODY_CHARS } from './hook-constants';
import { parseLoweredJson } from './json';
import { normaliseCode } from './portal-codes';

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

const Scalar = z.union([z.string().max(200), z.number().finite()]);
const Optional = Scalar.nullish().catch(undefined);
const CodeList = z.union([z.array(Scalar).max(200), Scalar]).nullish().catch(undefined);
export const PageInt = z
  .union([z.number().int().min(0).max(1_000_000), z.string().trim().regex(/^\d{1,7}$/).transform(Number)])
  .nullish()
  .catch(undefined);

// Keys are lower-cased before parsing, so `FpztDm`, `fpztDm` and `fpztdm` all land here.
const RequestBody = z.object({
  jmbw: z.unknown().optional(),
  gjbq: Optional,
  fpztdm: CodeList,
  fplxdm: CodeList,
  kprqq: Optional,
  kprqz: Optional,
  pagenumber: PageInt,
  pagesize: PageInt,
  fplydm: Optional,
  sflzfp: Optional,
  fphm: Optional,
  gmfnsrsbh: Optional,
  dfnsrsbh: Optional,
  dfnsrmc: Optional,
  tfrqq: Optional,
  tfrqz: Optional,
});

/** Filters that narrow a query, with the value that means "all" where the portal has one (FplyDm 0 = every source). */
const NARROWING: ReadonlyArray<readonly [keyof z.infer<typeof RequestBody>, string, string]> = [
  ['fplydm', 'FplyDm', '0'],
  ['sflzfp', 'Sflzfp', ''],
  ['fphm', 'fphm', ''],
  ['gmfnsrsbh', 'gmfnsrsbh', ''],
  ['dfnsrsbh', 'dfnsrsbh', ''],
  ['dfnsrmc', 'dfnsrmc', ''],
  ['tfrqq', 'Tfrqq', ''],
  ['tfrqz', 'Tfrqz', ''],
];

function direction(v: string | number | null | undefined): Direction | null {
  const s = v === null || v === undefined ? '' : String(v).trim();
  return s === '1' ? 'issued' : s === '2' ? 'received' : null;
}

function date(v: string | number | null | undefined): string | null {
  return v === null || v === undefined ? null : normaliseDate(String(v));
}

function codes(v: z.infer<typeof CodeList>): string[] {
  if (v === null || v === undefined) return [];
  const parts = Array.isArray(v) ? v : String(v).split(/[,，\s]+/);
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
  const parsed = RequestBody.safeParse(json.value);
  if (!parsed.success) return unknownQuery(true);
  const r = parsed.data;
  if (typeof r.jmbw === 'string' && r.jmbw !== '') return unknownQuery(true);
  return {
    direction: direction(r.gjbq),
    dateFrom: date(r.kprqq),
    dateTo: date(r.kprqz),
    statusCodes: codes(r.fpztdm),
    typeCodes: codes(r.fplxdm),
    pageNumber: r.pagenumber ?? null,
    pageSize: r.pagesize ?? null,
    encrypted: false,
    narrowedBy: NARROWING.filter(([key, , all]) => {
      const v = r[key];
      const value = v === null || v === undefined ? '' : String(v).trim();
      return value !== '' && value !== all;
    }).map(([, name]) => name),
    numberFilter: r.fphm === null || r.fphm === undefined || String(r.fphm).trim() === '' ? null : String(r.fphm).trim(),
    ...(r.gmfnsrsbh === null || r.gmfnsrsbh === undefined ? {} : { buyerFilter: String(r.gmfnsrsbh).trim().toUpperCase() }),
  };
}
