/** Shared pieces of the invoice HTML layouts. Everything is laid out in mm so one document renders at any dpi. */
import { fromFen } from '../../../utils/invoice/money';
import type { LineItem } from '../items';

/** An invoice as HTML: `html` is one root element styled by `css`, sized widthMm × heightMm. */
export interface InvoiceDoc {
  html: string;
  css: string;
  widthMm: number;
  heightMm: number;
}

/** Pictures a layout needs, as data URLs. `qr` absent = the QR area is left blank. */
export interface Assets {
  qr?: string;
  bureauSeal: string;
  sellerSeal?: string;
}

export const SERIF = "'Noto Serif CJK SC', 'Noto Serif CJK', serif";
export const MONO = "'Noto Sans Mono CJK SC', 'Noto Sans Mono', monospace";

export function esc(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

export function yuan(fen: bigint): string {
  return fromFen(fen);
}

/** 2024-05-28 → 2024年05月28日 */
export function dateZh(date: string): string {
  return `${date.slice(0, 4)}年${date.slice(5, 7)}月${date.slice(8, 10)}日`;
}

/** Labels printed one character per line in a narrow column (购买方信息, 备注 ...). */
export function vertical(label: string): string {
  return [...label].map(esc).join('<br>');
}

export function img(src: string | undefined, cls: string): string {
  return src ? `<img class="${cls}" src="${src}" alt="">` : '';
}

/** Item lines in column order 名称, 规格型号, 单位, 数量, 单价, 金额, 税率, 税额; `wrap` marks printed values. */
export function itemCells(line: LineItem, wrap: (s: string) => string = esc): string[] {
  return [
    line.name,
    line.spec,
    line.unit,
    line.quantity,
    line.unitPrice,
    yuan(line.amountFen),
    `${line.rate}%`,
    yuan(line.taxFen),
  ].map((v) => (v === '' ? '' : wrap(v)));
}
