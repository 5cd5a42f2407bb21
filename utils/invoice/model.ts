import { z } from 'zod';

/** Messages shown to the user: Chinese first, English fallback. */
export interface Problem {
  /** Stable machine id, e.g. `number-year-mismatch`. */
  code: string;
  /** Which input field it concerns (`number`, `code`, `date`, `total`, `sellerTaxId`, `buyerTaxId`, `qr`, ...). */
  field: string;
  zh: string;
  en: string;
}

import { AMOUNT_RE, DATE_RE } from './formats';

export { AMOUNT_RE, DATE_RE };

export const IsoDate = z.string().regex(DATE_RE);

/** ms since epoch, up to 2100: a stored time beyond it comes from a damaged or hostile file. */
export const Millis = z.number().min(0).max(Date.UTC(2100, 0, 1));

/** The longest text each free field may hold; typed, imported and restored values alike are held to it. */
export const TEXT_LIMITS = { sellerName: 200, buyerName: 200, sellerTaxId: 32, buyerTaxId: 32, typeCode: 8, checkCode: 32, qr: 1000, note: 2000 } as const;
const text = (field: keyof typeof TEXT_LIMITS) => z.string().max(TEXT_LIMITS[field]);
export const Amount = z.string().regex(AMOUNT_RE);

export const FieldSource = z.enum(['manual', 'qr', 'ofd', 'xml', 'pdf-text', 'ocr', 'sheet', 'portal']);
export type FieldSource = z.infer<typeof FieldSource>;

export const FieldOrigin = z.object({
  source: FieldSource,
  /** 0..1: 1 for typed or checksum-verified values, lower for OCR guesses. */
  confidence: z.number().min(0).max(1),
});
export type FieldOrigin = z.infer<typeof FieldOrigin>;

export const InvoiceKind = z.enum(['shudian', 'legacy']);
export type InvoiceKind = z.infer<typeof InvoiceKind>;

/** An invoice the user expects to find on the portal. All values are already normalised. */
export const ExpectedInvoice = z.object({
  /** 20-digit 数电 number, or `CODE-NUMBER` for legacy invoices. */
  key: z.string().min(1),
  kind: InvoiceKind,
  /** 20 digits (数电) or 8 digits (legacy). */
  number: z.string().regex(/^\d{8}$|^\d{20}$/),
  /** 10 or 12 digits, legacy only. */
  code: z.string().regex(/^\d{10}$|^\d{12}$/).optional(),
  /** 开票日期 */
  date: IsoDate,
  /** 价税合计 */
  total: Amount,
  /** 金额 (pre-tax) */
  amount: Amount.optional(),
  /** 税额 */
  tax: Amount.optional(),
  sellerTaxId: text('sellerTaxId').optional(),
  sellerName: text('sellerName').optional(),
  buyerTaxId: text('buyerTaxId').optional(),
  buyerName: text('buyerName').optional(),
  /** Portal FplxDm when known (81 数电专票, 82 数电普票, ...). */
  typeCode: text('typeCode').optional(),
  /** 校验码 (legacy e-invoices). */
  checkCode: text('checkCode').optional(),
  /** Raw QR payload when the invoice came from a QR code. */
  qr: text('qr').optional(),
  origins: z.record(z.string().max(32), FieldOrigin).default({}),
  note: text('note').optional(),
  addedAt: Millis,
  updatedAt: Millis,
});
export type ExpectedInvoice = z.infer<typeof ExpectedInvoice>;

/** Query direction on 全量发票查询: Gjbq 1 = 开具 (issued by us), 2 = 取得 (received by us). */
export const Direction = z.enum(['issued', 'received']);
export type Direction = z.infer<typeof Direction>;

/** One invoice row the portal showed, from its JSON answer or its result table. */
export const Sighting = z.object({
  key: z.string().max(64),
  number: z.string().max(32),
  code: z.string().max(16).optional(),
  date: IsoDate.optional(),
  total: Amount.optional(),
  amount: Amount.optional(),
  tax: Amount.optional(),
  sellerTaxId: text('sellerTaxId').optional(),
  sellerName: text('sellerName').optional(),
  buyerTaxId: text('buyerTaxId').optional(),
  buyerName: text('buyerName').optional(),
  typeCode: text('typeCode').optional(),
  /** FpztDm: 01 正常, 02 已作废, 03 已红冲-全额, 04 已红冲-部分 */
  statusCode: z.string().max(8).optional(),
  /** 01 正常, 02 异常凭证, 03 疑点发票 */
  riskCode: z.string().max(8).optional(),
  /** Which query produced it. */
  scopeId: z.string().max(200),
  seenAt: Millis,
  via: z.enum(['api', 'table', 'sheet']),
});
export type Sighting = z.infer<typeof Sighting>;

/** What one portal query covered. Filters that were not set are empty arrays (= all). */
export const QueryScope = z.object({
  id: z.string().max(200),
  at: Millis,
  /** Page URL (path only is enough) the query ran on. */
  page: z.string().max(500),
  /** `dppt.beijing.chinatax.gov.cn` style host, tells the province. */
  host: z.string().max(200),
  direction: Direction.nullable(),
  dateFrom: IsoDate.nullable(),
  dateTo: IsoDate.nullable(),
  statusCodes: z.array(z.string().max(8)).max(50),
  typeCodes: z.array(z.string().max(8)).max(50),
  pageNumber: z.number().int(),
  pageSize: z.number().int(),
  /** Total rows the portal reported for the query (Total / 共 N 条). */
  total: z.number().int().nullable(),
  /** Rows delivered on this page. */
  rows: z.number().int(),
  /** Logged-in taxpayer when the query ran, if known. */
  taxpayerId: z.string().max(32).nullable(),
  /** False when the call answered with Response.Error or failed. */
  ok: z.boolean(),
  error: z.string().max(500).optional(),
  /** True when the request's filters are unknown: an encrypted body ({Jmbw}) or one the hook could not read. */
  encrypted: z.boolean().default(false),
  /**
   * Which list produced the scope. Absent means the 全量发票查询 invoice list. The 勾选 list only holds invoices at the
   * deduction stage (never 普票), so it proves an invoice exists but never that one is absent. `export` is the
   * invoice list's own 导出 workbook, imported by the user.
   */
  call: z.enum(['invoice-list', 'deduction-list', 'table', 'export']).optional(),
  /**
   * Request filters beyond direction, dates, status and type that narrowed the query (the portal's names: `fphm`,
   * `dfnsrsbh`, `FplyDm`…). A narrowed query never counts as covering an invoice it could not show.
   */
  narrowedBy: z.array(z.string().max(32)).max(10).optional(),
  /** The one invoice number a query narrowed by `fphm` asked for. */
  numberFilter: z.string().max(32).optional(),
  /**
   * Where the direction and dates came from when the request itself hid them (an encrypted body): the query form as
   * it stood when the answer came (`page`), or the answer's rows (`rows`, each row's Gjbq). Absent: from the request.
   */
  sources: z.object({ direction: z.enum(['page', 'rows']).optional(), dates: z.enum(['page']).optional() }).optional(),
});
export type QueryScope = z.infer<typeof QueryScope>;

export const SignalKind = z.enum(['session-expired', 'permission', 'maintenance', 'request-failed', 'offline']);
export type SignalKind = z.infer<typeof SignalKind>;

/** Something the page said that explains why nothing can be seen. */
export const PageSignal = z.object({
  kind: SignalKind,
  at: Millis,
  text: z.string().max(500),
  page: z.string().max(500),
});
export type PageSignal = z.infer<typeof PageSignal>;

export const Taxpayer = z.object({
  taxId: z.string().max(32),
  name: z.string().max(200).optional(),
  at: Millis,
});
export type Taxpayer = z.infer<typeof Taxpayer>;

/** Result the user read (or we read) on the national 查验 platform. */
export const VerifyOutcome = z.enum(['match', 'not-found', 'mismatch', 'not-ours', 'captcha-error', 'other']);
export const Verification = z.object({
  key: z.string(),
  outcome: VerifyOutcome,
  message: z.string().max(500).optional(),
  at: Millis,
});
export type Verification = z.infer<typeof Verification>;

/** Room for every value a restore replaces (a QR payload and a note among them). */
export const ACTIVITY_DETAIL_CHARS = 4000;

/** What happened to an expected invoice, for its history and for the "steps already tried" of a report. */
/** Kinds after `restored` came with version 4 of the store; a record from before simply has none of them. */
export const ActivityKind = z.enum(['added', 'imported', 'fixed', 'verified', 'restored', 'checked', 'noted', 'user-status', 'ticket', 'removed', 'undone']);
export type ActivityKind = z.infer<typeof ActivityKind>;

export const Activity = z.object({
  /** Random and unique, so merging the same record twice adds nothing. */
  id: z.string().min(1).max(64),
  /** The invoice key it concerns (the new key, for a fix that changed it). */
  key: z.string().min(1).max(64),
  at: Millis,
  kind: ActivityKind,
  /** The particulars as the user reads them: a file name, `number: old → new`, a 查验 outcome. */
  detail: z.string().max(ACTIVITY_DETAIL_CHARS).optional(),
});
export type Activity = z.infer<typeof Activity>;
