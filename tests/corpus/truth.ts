/** Shape of truth.json: what every generated file shows, in the canonical forms the extension normalises to. */
import type { Invoice, InvoiceType, Layout } from './invoice';

/** The benchmark prints one row per category. */
export type Category = 'pdf-text' | 'pdf-scan' | 'image-qr' | 'ocr-a4-300' | 'photo-lowres';

export interface InvoiceTruth {
  /** 20 digits (数电) or 8 digits. */
  number: string;
  /** Legacy only: 12 digits (e-invoice) or 10 digits (paper). */
  code?: string;
  /** YYYY-MM-DD */
  date: string;
  /** 价税合计, 金额, 税额 as "1234.50". */
  total: string;
  amount: string;
  tax: string;
  sellerTaxId: string;
  sellerName: string;
  buyerTaxId: string;
  buyerName: string;
  /** Portal FplxDm: 81 数电专, 82 数电普, 08 电子专, 10 电子普, 01 专票, 04 普票. */
  typeCode: string;
  checkCode?: string;
  /** The QR payload, only when this file shows the QR code. */
  qr?: string;
  title: string;
}

export interface FileTruth {
  /** Relative to the folder holding truth.json. */
  file: string;
  category: Category;
  layout: Layout;
  invoiceType: InvoiceType;
  /** How the file was made (pdf-text, png, a4-scan, photo, rotated, skewed, blurred, screenshot, pdf-scan). */
  variant: string;
  /** The seeded effect parameters (dpi, angles, blur, JPEG quality ...). */
  params: Record<string, string | number | boolean>;
  /** Pixel size of images, or of the image inside a pdf-scan. */
  width?: number;
  height?: number;
  bytes: number;
  invoices: InvoiceTruth[];
}

/** A row a sheet parser should produce (normalised), in file order. */
export interface SheetRowTruth {
  number: string;
  code?: string;
  date: string;
  total: string;
  amount?: string;
  tax?: string;
  sellerName?: string;
  sellerTaxId?: string;
  buyerName?: string;
  buyerTaxId?: string;
  typeCode?: string;
  note?: string;
  /** Portal export only: FpztDm 01 正常, 02 已作废, 03 已红冲-全额. */
  status?: string;
  /** Portal export only: 是否正数发票. */
  positive?: boolean;
  /** Portal export only: 发票风险等级 code (01 正常). */
  riskLevel?: string;
}

export interface SheetTruth {
  file: string;
  kind: 'erp-csv' | 'erp-xlsx' | 'portal-export' | 'paste-tsv';
  encoding?: 'utf-8' | 'gbk';
  bom?: boolean;
  /** Sheet holding the rows (xlsx). */
  sheet?: string;
  headers: string[];
  /** Header → field, for files whose headers need a manual mapping. */
  mapping?: Record<string, string>;
  /** Portal export: query direction (always 取得 = received here). */
  direction?: 'received';
  rows: SheetRowTruth[];
  /** Portal export: the trailing 合计 row, and the line-item sheet. */
  totalsRow?: { amount: string; tax: string; total: string };
  itemSheet?: { sheet: string; headers: string[]; rows: number };
}

export interface Truth {
  generatedBy: string;
  seed: number;
  files: FileTruth[];
  sheets: SheetTruth[];
}

export function invoiceTruth(inv: Invoice, showsQr: boolean): InvoiceTruth {
  const t: InvoiceTruth = {
    number: inv.number,
    date: inv.date,
    total: inv.total,
    amount: inv.amount,
    tax: inv.tax,
    sellerTaxId: inv.seller.taxId,
    sellerName: inv.seller.name,
    buyerTaxId: inv.buyer.taxId,
    buyerName: inv.buyer.name,
    typeCode: inv.typeCode,
    title: inv.title,
  };
  if (inv.code) t.code = inv.code;
  if (inv.checkCode) t.checkCode = inv.checkCode;
  if (showsQr && inv.qr) t.qr = inv.qr;
  return t;
}
