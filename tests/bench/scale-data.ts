import type { ExpectedInvoice, PageSignal, QueryScope, Sighting } from '../../utils/invoice/model';
import { orgCodeCheckChar, usccCheckChar } from '../../utils/invoice/tax-id';

/*
 * The register at the scale the benches measure: 10,000 expected invoices against 100,000 sightings from 1,000 result
 * pages (a year of monthly 取得 queries, December only half read), beside a 勾选 (deduction) list query per month, a
 * failed first try of every month's first page (read again successfully), a failed December page with the page's error
 * message, and 100 more failed calls with 100 request-failed page messages from earlier tries that day. Expected: 88%
 * seen (some voided, red-flushed or with another total), 5% typed with a slip, 4% never issued, 3% on December's
 * unread pages. Deterministic: every run measures the same data.
 */

export const ME = '91110000MA01ABCD52';
export const SIGHTINGS = 100_000;
export const EXPECTED = 10_000;
const PAGE_SIZE = 100;
export const T0 = Date.UTC(2025, 0, 15, 2);
const FAILED_TRIES = 100;

/** mulberry32: deterministic, so every run measures the same data. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEED = 20240520;
let rand = prng(SEED);
const pick = (n: number) => Math.floor(rand() * n);
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const amount = () => `${1 + pick(99_999)}.${pad(pick(100), 2)}`;
/** Valid unified social credit codes, so the record-format check passes as it would for real data. */
const SELLERS = Array.from({ length: 500 }, (_, i) => {
  const org = `MA${pad(i, 6)}`;
  const first17 = `91110108${org}${orgCodeCheckChar(org)}`;
  return first17 + usccCheckChar(first17);
});

function month(i: number): number {
  return i % 12;
}
function dateIn(m: number): string {
  return `2024-${pad(m + 1, 2)}-${pad(1 + pick(28), 2)}`;
}

/** What the extension saw, plus the rows on pages it never read (they exist only on the portal). */
export function makeSightings(): { sightings: Sighting[]; unread: Sighting[]; scopes: QueryScope[]; signals: PageSignal[] } {
  const byMonth: Sighting[][] = Array.from({ length: 12 }, () => []);
  for (let i = 0; i < SIGHTINGS; i++) {
    const m = month(i);
    const legacy = i % 20 === 0;
    const number = legacy ? pad(10_000_000 + i, 8) : `2411200000${pad(1_000_000_000 + i * 37, 10)}`;
    const code = legacy ? `0110024001${pick(2) ? '11' : '04'}` : undefined;
    const roll = pick(100);
    byMonth[m]!.push({
      key: code ? `${code}-${number}` : number,
      number,
      ...(code ? { code } : {}),
      date: dateIn(m),
      total: amount(),
      sellerTaxId: SELLERS[pick(SELLERS.length)]!,
      buyerTaxId: ME,
      typeCode: legacy ? '10' : '82',
      statusCode: roll < 2 ? '02' : roll < 3 ? '03' : '01',
      riskCode: '01',
      scopeId: '',
      seenAt: T0,
      via: 'api',
    });
  }
  const sightings: Sighting[] = [];
  const unread: Sighting[] = [];
  const scopes: QueryScope[] = [];
  const signals: PageSignal[] = [];
  byMonth.forEach((rows, m) => {
    const pages = Math.ceil(rows.length / PAGE_SIZE);
    const read = m === 11 ? Math.floor(pages / 2) : pages;
    const scopeOf = (id: string, at: number, pageNumber: number, rowCount: number) =>
      monthScope(m, id, at, pageNumber, rowCount, rows.length);
    const failedAt = T0 + m * 60_000 - 30_000;
    scopes.push({ ...scopeOf(`m${m}fail`, failedAt, 1, 0), total: null, ok: false, error: '系统繁忙' });
    scopes.push({ ...scopeOf(`m${m}ded`, T0 + m * 60_000 + 50_000, 1, PAGE_SIZE), call: 'deduction-list' });
    if (m === 11) {
      const at = T0 + m * 60_000 + read;
      scopes.push({ ...scopeOf('m11-unread', at, read + 1, 0), total: null, ok: false, error: '请求超时' });
      signals.push({ kind: 'request-failed', at: at + 400, text: '请求超时', page: '/invoice-query/invoice-query' });
    }
    for (let p = 0; p < read; p++) {
      const id = `m${m}p${p + 1}`;
      const page = rows.slice(p * PAGE_SIZE, (p + 1) * PAGE_SIZE);
      scopes.push(scopeOf(id, T0 + m * 60_000 + p, p + 1, page.length));
      for (const s of page) sightings.push({ ...s, scopeId: id });
    }
    unread.push(...rows.slice(read * PAGE_SIZE));
  });
  // Earlier tries that morning: a failed call every 10 s, each followed 6 s later by a page message (too late to be
  // that call's own error), all before the successful reads.
  for (let k = 0; k < FAILED_TRIES; k++) {
    const m = k % 12;
    const at = T0 - (k + 1) * 10_000;
    scopes.push({ ...monthScope(m, `try${k}`, at, 2 + (k % 50), 0, null), ok: false, error: '系统繁忙' });
    signals.push({ kind: 'request-failed', at: at + 6_000, text: '系统繁忙，请稍后再试', page: '/invoice-query/invoice-query' });
  }
  return { sightings, unread, scopes, signals };
}

/** One page of the 取得发票 query for month `m` (0-based), as the portal answered it. */
function monthScope(m: number, id: string, at: number, pageNumber: number, rows: number, total: number | null): QueryScope {
  return {
    id,
    at,
    page: '/invoice-query/invoice-query',
    host: 'dppt.beijing.chinatax.gov.cn',
    direction: 'received',
    dateFrom: `2024-${pad(m + 1, 2)}-01`,
    dateTo: `2024-${pad(m + 1, 2)}-28`,
    statusCodes: [],
    typeCodes: [],
    pageNumber,
    pageSize: PAGE_SIZE,
    total,
    rows,
    taxpayerId: ME,
    ok: true,
    encrypted: false,
  };
}

function typo(number: string): string {
  const p = 10 + pick(10);
  const d = String((Number(number[p]) + 1 + pick(8)) % 10);
  return number.slice(0, p) + d + number.slice(p + 1);
}

export function makeExpected(sightings: Sighting[], unread: Sighting[]): ExpectedInvoice[] {
  const out: ExpectedInvoice[] = [];
  const base = (s: Sighting): ExpectedInvoice => ({
    key: s.key,
    kind: s.code ? 'legacy' : 'shudian',
    number: s.number,
    ...(s.code ? { code: s.code } : {}),
    date: s.date!,
    total: s.total!,
    sellerTaxId: s.sellerTaxId!,
    buyerTaxId: ME,
    origins: {},
    addedAt: T0,
    updatedAt: T0,
  });
  // Each sighting is expected at most once: the store keys invoices by number, as the portal does.
  const used = new Set<Sighting>();
  const draw = (from: Sighting[] = sightings): Sighting => {
    let s = from[pick(from.length)]!;
    while (used.has(s)) s = from[pick(from.length)]!;
    used.add(s);
    return s;
  };
  for (let i = 0; i < EXPECTED; i++) {
    const roll = i % 100;
    const s = draw();
    if (roll < 88) {
      out.push(roll === 0 ? { ...base(s), total: '1.00' } : base(s));
    } else if (roll < 93 && !s.code) {
      const n = typo(s.number);
      out.push({ ...base(s), key: n, number: n });
    } else if (roll < 97 || s.code) {
      const n = `2411200009${pad(i, 10)}`;
      out.push({ ...base(s), key: n, number: n, kind: 'shudian', code: undefined });
    } else {
      out.push(base(draw(unread)));
    }
  }
  return out;
}


/** The whole data set, built once per call. */
export function scaleData() {
  rand = prng(SEED);
  const { sightings, unread, scopes, signals } = makeSightings();
  return { expected: makeExpected(sightings, unread), sightings, scopes, signals };
}
