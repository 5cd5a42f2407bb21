import { DEDUCTION_STATUS } from '../invoice/code-tables';
import { addAmounts } from '../invoice/money';
import type { Direction, Problem, QueryScope, Sighting } from '../invoice/model';
import { normaliseAmount, normaliseDate, normaliseTaxId } from '../invoice/normalise';
import { problem } from '../invoice/problem';
import { compact } from './compact';
import { exactText } from './exact-text';
import { invoiceIdentities } from './invoice-identity';
import { parseLoweredJson, type JsonResult } from './json';
import { loggedOutReason } from './logged-out';
import { MAX_ROWS } from './limits';
import { normaliseCode } from './portal-codes';
import { pageInt, readQueryRequest, type ParsedQuery } from './query-request';
import { count, field, isRecord, scalar, scalarText, type Scalar } from './untrusted';
import { rowsDirection } from './scope-from-page';

export interface InvoiceListInput {
  /** Which list answered: the 勾选 list has status codes of its own. */
  call: 'invoice-list' | 'deduction-list';
  requestBody: string | null;
  responseText: string | null;
  status: number;
  page: string;
  host: string;
  at: number;
  taxpayerId: string | null;
  scopeId: string;
}

export interface InvoiceListResult {
  scope: QueryScope;
  sightings: Sighting[];
  problems: Problem[];
  /** The direction every row of the answer carries (Gjbq), when they agree. */
  rowsDirection: Direction | null;
}

type TextValue = Scalar | undefined;

/**
 * Row fields, keys lower-cased: PascalCase and lowercase answers read alike. Both the 全量发票查询 names (Xsfnsrsbh,
 * Hjje, Hjse) and the 勾选 list names (Qdfphm, Xfsbh, Je, Se) are read.
 */
const ITEM_FIELDS = [
  'gjbq', 'fphm', 'fpdm', 'qdfphm', 'zzfpdm', 'zzfphm', 'fplxdm', 'fpztdm', 'xsfnsrsbh', 'xfsbh', 'xsfmc', 'gmfnsrsbh',
  'gmfmc', 'kprq', 'hjje', 'je', 'hjse', 'se', 'jshj',
] as const;
type Item = Record<(typeof ITEM_FIELDS)[number], TextValue>;

/** A row as its readable fields; null when it is not an object. */
function readItem(raw: unknown): Item | null {
  if (!isRecord(raw)) return null;
  return Object.fromEntries(ITEM_FIELDS.map((f) => [f, scalar(raw[f], 500)])) as Item;
}

const clip = (s: string) => s.slice(0, 500);
const text = (v: TextValue) => (v === undefined ? '' : String(v).trim());
const opt = (s: string) => (s === '' ? undefined : s);
/** Same fact under the 全量 name or the 勾选 name; an empty string means absent. */
const either = (a: TextValue, b: TextValue) => (text(a) === '' ? b : a);

function answerError(error: unknown): string | null {
  if (error === null || error === undefined) return null;
  if (typeof error === 'string') return clip(error.trim()) || null;
  if (!isRecord(error)) return 'Response.Error';
  // Some gateways send an empty Error object on success.
  return clip(scalarText(error.message, 500) || scalarText(error.code, 500)) || null;
}

function unreadable(reason: Exclude<JsonResult, { ok: true }>['reason'] | 'shape', status: number): string {
  if (status === 0) return '网络请求失败 (network failure)';
  if (status < 200 || status > 299) return `HTTP ${status}`;
  if (reason === 'empty') return '应答为空 (empty answer)';
  if (reason === 'too-large') return '应答过大，未读取 (answer too large)';
  if (reason === 'unparsable') return '应答不是 JSON (answer is not JSON)';
  return '应答格式未知 (unexpected answer shape)';
}

function amount(v: TextValue): string | undefined {
  return v === undefined ? undefined : (normaliseAmount(v) ?? undefined);
}

/** The 勾选 list's status, in the codes sightings are stored in; a code of another table ('01') stays unknown. */
function deductionStatus(v: TextValue): { statusCode?: string; riskCode?: string } {
  const raw = text(v);
  return (/^\d$/.test(raw) && DEDUCTION_STATUS[raw]) || {};
}

/** One row as a sighting per key it is known by (two for a 数电 paper invoice); none without a usable number. */
function toSightings(item: Item, call: InvoiceListInput['call'], scopeId: string, at: number): Sighting[] {
  const ids = invoiceIdentities({
    number: exactText(item.fphm),
    code: exactText(item.fpdm),
    shudianNumber: exactText(item.qdfphm),
    paperCode: exactText(item.zzfpdm),
    paperNumber: exactText(item.zzfphm),
  });
  const net = amount(either(item.hjje, item.je));
  const tax = amount(either(item.hjse, item.se));
  // The 勾选 list has no 价税合计; the sum of 金额 and 税额 is what the invoice shows.
  const total = amount(item.jshj) ?? (net !== undefined && tax !== undefined ? addAmounts(net, tax) : undefined);
  const taxId = (v: TextValue) => opt(normaliseTaxId(exactText(v)));
  const code = (v: TextValue) => (v === undefined ? undefined : (normaliseCode(v) ?? undefined));
  return ids.map((id) => compact({
    ...id,
    date: normaliseDate(text(item.kprq)) ?? undefined,
    total,
    amount: net,
    tax,
    sellerTaxId: taxId(either(item.xsfnsrsbh, item.xfsbh)),
    sellerName: opt(clip(text(item.xsfmc))),
    buyerTaxId: taxId(item.gmfnsrsbh),
    buyerName: opt(clip(text(item.gmfmc))),
    typeCode: code(item.fplxdm),
    ...(call === 'deduction-list' ? deductionStatus(item.fpztdm) : { statusCode: code(item.fpztdm) }),
    scopeId,
    seenAt: at,
    via: 'api' as const,
  }));
}

/** The narrowing filters of a query; the buyer filter set to the logged-in taxpayer itself narrows nothing. */
function narrowing(query: ParsedQuery, taxpayerId: string | null): Pick<QueryScope, 'narrowedBy' | 'numberFilter'> {
  const ours = (name: string) => name === 'gmfnsrsbh' && taxpayerId !== null && query.buyerFilter === taxpayerId;
  const narrowedBy = query.narrowedBy.filter((name) => !ours(name));
  // Only one whole invoice number is a number filter; several, or a part, narrow without naming an invoice.
  const number = query.numberFilter !== null && /^\d{8}$|^\d{20}$/.test(query.numberFilter) ? { numberFilter: query.numberFilter } : {};
  return narrowedBy.length ? { narrowedBy, ...number } : {};
}

/** Reads one 全量发票查询 / 勾选 list answer together with the request that asked for it. Never throws. */
export function readInvoiceListAnswer(input: InvoiceListInput): InvoiceListResult {
  const query = readQueryRequest(input.requestBody);
  const base = {
    id: input.scopeId,
    at: input.at,
    page: input.page,
    host: input.host,
    direction: query.direction,
    dateFrom: query.dateFrom,
    dateTo: query.dateTo,
    statusCodes: query.statusCodes,
    typeCodes: query.typeCodes,
    taxpayerId: input.taxpayerId,
    encrypted: query.encrypted,
    ...narrowing(query, input.taxpayerId),
  };
  const fail = (error: string): InvoiceListResult => ({
    scope: {
      ...base,
      pageNumber: query.pageNumber ?? 1,
      pageSize: query.pageSize ?? 0,
      total: null,
      rows: 0,
      ok: false,
      error,
    },
    sightings: [],
    problems: [],
    rowsDirection: null,
  });

  const json = parseLoweredJson(input.responseText);
  // Worded with 登录已失效 so the page's session check names it: a logged-out answer is never an empty page.
  const loggedOut = loggedOutReason(input.status, input.responseText, json.ok ? json.value : null);
  if (loggedOut !== null) return fail(`登录已失效，请重新登录（${loggedOut}）`);
  if (!json.ok) return fail(unreadable(json.reason, input.status));
  const response = field(json.value, 'response');
  if (!isRecord(response)) return fail(unreadable('shape', input.status));
  const error = answerError(response.error);
  if (error !== null) return fail(error);
  if (input.status < 200 || input.status > 299) return fail(unreadable('shape', input.status));
  const data = response.data;
  const rawList = field(data, 'list');
  const total = count(field(data, 'total'), 1e9, 9);
  // Neither a list nor a total: not an invoice page at all, so not "no invoices". A list that is not one: unknown shape.
  if (!isRecord(data) || (rawList !== undefined && rawList !== null && !Array.isArray(rawList)) || (rawList === undefined && field(data, 'total') === undefined))
    return fail(unreadable('shape', input.status));

  const list: unknown[] = Array.isArray(rawList) ? rawList : [];
  const read = list.slice(0, MAX_ROWS);
  const sightings: Sighting[] = [];
  const gjbq: Array<string | null> = [];
  let skipped = 0;
  for (const raw of read) {
    const item = readItem(raw);
    gjbq.push(item ? text(item.gjbq) || null : null);
    const found = item ? toSightings(item, input.call, input.scopeId, input.at) : [];
    if (found.length) sightings.push(...found);
    else skipped++;
  }
  const problems: Problem[] = [];
  if (skipped > 0) {
    problems.push(
      problem(
        'answer-rows-skipped',
        'number',
        `接口返回的 ${skipped} 条发票记录没有可识别的发票号码，已跳过。`,
        `${skipped} invoice rows in the portal answer had no usable invoice number and were skipped.`,
      ),
    );
  }
  if (list.length > read.length) {
    problems.push(
      problem(
        'answer-rows-truncated',
        'list',
        `接口一次返回了 ${list.length} 条记录，只读取了前 ${MAX_ROWS} 条。`,
        `The portal answer held ${list.length} rows; only the first ${MAX_ROWS} were read.`,
      ),
    );
  }
  return {
    scope: {
      ...base,
      pageNumber: pageInt(data.pagenumber) ?? query.pageNumber ?? 1,
      pageSize: pageInt(data.pagesize) ?? query.pageSize ?? read.length,
      total: total ?? null,
      rows: read.length,
      ok: true,
    },
    sightings,
    problems,
    rowsDirection: rowsDirection(gjbq),
  };
}
