/** Pages for the clean variants: the invoice alone at a given dpi, as a printable PDF page, and as a flatbed A4 scan. */
import type { Prng } from '../../utils/invoice/test-prng';
import type { InvoiceDoc } from './layouts/common';
import type { Scene } from './render';
import { canvas, PAINT_SCRIPT } from './textures';

/** CSS px are 1/96 inch; `zoom` re-lays the mm-based layout at the target resolution, so text stays sharp. */
export function px(mm: number, dpi: number): number {
  return Math.round((mm / 25.4) * dpi);
}

export function pageHtml(css: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>html,body{margin:0;padding:0}${css}</style></head>
<body>${body}${PAINT_SCRIPT}</body></html>`;
}

export function zoomed(doc: InvoiceDoc, dpi: number, style = ''): string {
  return `<div style="zoom:${dpi / 96};width:${doc.widthMm}mm;height:${doc.heightMm}mm;${style}">${doc.html}</div>`;
}

export function cleanScene(doc: InvoiceDoc, dpi: number): Scene {
  return { width: px(doc.widthMm, dpi), height: px(doc.heightMm, dpi), html: pageHtml(doc.css, zoomed(doc, dpi)) };
}

/** The invoice as its own PDF page, text kept as text. */
export function pdfPageHtml(doc: InvoiceDoc): string {
  return pageHtml(`@page{size:${doc.widthMm}mm ${doc.heightMm}mm;margin:0}${doc.css}`, doc.html);
}

/** A raster image as a full PDF page: no text layer at all, like a scanner's PDF. */
export function imagePdfHtml(dataUrl: string, widthMm: number, heightMm: number): string {
  return pageHtml(
    `@page{size:${widthMm}mm ${heightMm}mm;margin:0}img{display:block;width:${widthMm}mm;height:${heightMm}mm}`,
    `<img src="${dataUrl}" alt="">`,
  );
}

export const A4 = { widthMm: 210, heightMm: 297 };

export interface A4Params {
  /** Scale of the invoice on the page: e-invoices are printed "fit to page"; 1 = the paper original laid on the glass. */
  scale: number;
  /** Degrees; about 90 when a paper original was laid sideways because it is wider than the glass. */
  rotation: number;
  /** B/W laser print of an e-invoice. */
  gray: boolean;
}

export function a4Params(rng: Prng, paper: boolean, sideways: boolean): A4Params {
  const tilt = Math.round((rng.next() - 0.5) * 8) / 10; // ±0.4°
  return {
    scale: paper && sideways ? 1 : Math.round((0.78 + rng.next() * 0.08) * 100) / 100,
    rotation: sideways ? 90 + tilt : tilt,
    gray: !paper && rng.next() < 0.5,
  };
}

/**
 * An A4 portrait flatbed scan: off-white page, faint grain and dust, the invoice near the top (or sideways). Multiplied
 * onto the page, so a printed e-invoice's white shows the page's tone instead of a white box.
 */
export function a4Scene(doc: InvoiceDoc, dpi: number, p: A4Params, seed: number): Scene {
  const width = px(A4.widthMm, dpi);
  const height = px(A4.heightMm, dpi);
  const w = px(doc.widthMm * p.scale, dpi);
  const h = px(doc.heightMm * p.scale, dpi);
  const sideways = Math.abs(p.rotation) > 45;
  // Centre of the invoice: top-centred when upright, page-centred when sideways.
  const cx = width / 2;
  const cy = sideways ? height / 2 : px(14, dpi) + h / 2;
  const body = `<div style="position:relative;width:${width}px;height:${height}px;overflow:hidden;background:#fbfbf8">
  <div style="position:absolute;left:${cx - w / 2}px;top:${cy - h / 2}px;width:${w}px;height:${h}px;transform:rotate(${p.rotation}deg);mix-blend-mode:multiply;${p.gray ? 'filter:grayscale(1) contrast(1.08);' : ''}">
    ${zoomed(doc, dpi * p.scale)}
  </div>
  ${canvas({ kind: 'noise', amp: 10 }, width / 2, height / 2, seed, `position:absolute;inset:0;width:${width}px;height:${height}px;mix-blend-mode:soft-light;opacity:.35`)}
  ${canvas({ kind: 'specks', count: 40 }, width, height, seed + 1, 'position:absolute;inset:0')}
</div>`;
  return { width, height, html: pageHtml(doc.css, body) };
}
