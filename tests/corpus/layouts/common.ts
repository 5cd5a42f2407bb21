/** Shared pieces of the invoice HTML layouts. Everything is laid out in mm so one document renders at any dpi. */
import { fromFen } from '../../../utils/invoice/money';
import type { Invoice } from '../invoice';
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

/** The party block of a legacy invoice (名称, 纳税人识别号, 地址电话, 开户行及账号); `wrap` marks printed values. */
export function legacyPartyRows(p: Invoice['buyer'], wrap: (s: string) => string = esc): string {
  return [
    ['名　　　　称：', p.name],
    ['纳税人识别号：', p.taxId],
    ['地 址、电 话：', `${p.address} ${p.phone}`],
    ['开户行及账号：', `${p.bank} ${p.account}`],
  ]
    .map(([k, v]) => `<div><span class="k">${k}</span>${wrap(v ?? '')}</div>`)
    .join('');
}

/**
 * The item table both legacy layouts share (column rules, header, the 合计 row), for the class `prefix`; printed
 * values may spill over a rule on paper, where a laser printer's never do.
 */
export function itemsTableCss(prefix: string, overflow: 'hidden' | 'visible'): string {
  return `.${prefix}-items { width: 100%; height: 50mm; border-collapse: collapse; table-layout: fixed; }
.${prefix}-items th, .${prefix}-items td { border-left: .3mm solid var(--b); padding: .3mm .8mm; white-space: nowrap; overflow: ${overflow}; vertical-align: top; }
.${prefix}-items th:first-child, .${prefix}-items td:first-child { border-left: 0; }
.${prefix}-items th { color: var(--b); font-weight: 400; text-align: center; height: 5mm; }
.${prefix}-items tr.fill td { height: 100%; }
.${prefix}-items tr.sum td { height: 5mm; vertical-align: bottom; padding-bottom: 1mm; }
.${prefix}-items .r { text-align: right; }
.${prefix}-items .c { text-align: center; }
.${prefix}-items .k { color: var(--b); text-align: center; letter-spacing: 6mm; }`;
}
