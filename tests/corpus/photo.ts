/**
 * The hard cases: phone photos on a desk (perspective, uneven light, blur, sensor noise), crooked or blurred scans,
 * and low-resolution screenshots of a PDF viewer. All effects are CSS and canvas, rendered by Chromium.
 */
import type { Prng } from '../../utils/invoice/test-prng';
import type { InvoiceDoc } from './layouts/common';
import type { Scene } from './render';
import { pageHtml, px, zoomed } from './scenes';
import { canvas, type Paint } from './textures';

function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function between(rng: Prng, lo: number, hi: number, digits = 1): number {
  return round(lo + rng.next() * (hi - lo), digits);
}

export interface PhotoParams {
  width: number;
  height: number;
  /** Share of the frame width the sheet fills. */
  fill: number;
  /** Blank paper (mm) around a printed e-invoice; a paper original has none. */
  margin: number;
  rotateX: number;
  rotateY: number;
  rotateZ: number;
  blur: number;
  desk: 'light-wood' | 'dark-wood' | 'gray-desk';
  /** Direction (deg) the light falls off towards, and how dark the far side gets. */
  lightAngle: number;
  shade: number;
  quality: number;
}

export function photoParams(rng: Prng, small: boolean, paper: boolean): PhotoParams {
  const width = small ? 1600 : 2000 + 200 * rng.int(6);
  return {
    width,
    height: Math.round((width * 3) / 4),
    fill: between(rng, 0.74, 0.84, 2),
    margin: paper ? 0 : 5,
    rotateX: between(rng, 5, 14),
    rotateY: between(rng, -9, 9),
    rotateZ: between(rng, -4, 4),
    blur: between(rng, 0.3, 0.9),
    desk: rng.pick(['light-wood', 'dark-wood', 'gray-desk'] as const),
    lightAngle: rng.int(360),
    shade: between(rng, 0.18, 0.38, 2),
    quality: small ? 72 : 70 + rng.int(16),
  };
}

const DESKS: Readonly<Record<PhotoParams['desk'], Paint>> = {
  'light-wood': { kind: 'wood', color: [196, 150, 102], planks: 4 },
  'dark-wood': { kind: 'wood', color: [112, 70, 42], planks: 5 },
  'gray-desk': { kind: 'laminate', gray: 150 },
};

/** Resolution at which the invoice must be drawn so the sheet fills `p.fill` of the frame. */
export function photoDpi(doc: InvoiceDoc, p: PhotoParams): number {
  return ((p.width * p.fill) / (doc.widthMm + 2 * p.margin)) * 25.4;
}

/**
 * The invoice on a sheet of paper lying on a desk, shot from a little above and to the side. `image` is the invoice
 * already rendered flat at photoDpi: Chromium composites zoomed live layouts inside 3D transforms inconsistently.
 */
export function photoScene(doc: InvoiceDoc, image: string, p: PhotoParams, seed: number): Scene {
  const dpi = photoDpi(doc, p);
  const w = px(doc.widthMm + 2 * p.margin, dpi);
  const h = px(doc.heightMm + 2 * p.margin, dpi);
  const m = px(p.margin, dpi);
  const { width, height } = p;
  const body = `<div style="position:relative;width:${width}px;height:${height}px;overflow:hidden">
  <div style="position:absolute;inset:0;filter:blur(${p.blur}px)">
    ${canvas(DESKS[p.desk], width / 2, height / 2, seed, `position:absolute;inset:0;width:${width}px;height:${height}px`)}
    <div style="position:absolute;inset:0;perspective:${Math.round(width * 1.1)}px">
      <div style="position:absolute;left:${(width - w) / 2}px;top:${(height - h) / 2}px;width:${w}px;height:${h}px;background:#fbfaf5;
        transform:rotateX(${p.rotateX}deg) rotateY(${p.rotateY}deg) rotateZ(${p.rotateZ}deg);
        box-shadow:0 ${round(w / 90)}px ${round(w / 30)}px rgba(0,0,0,.45)">
        <img src="${image}" alt="" style="position:absolute;left:${m}px;top:${m}px;width:${px(doc.widthMm, dpi)}px;height:${px(doc.heightMm, dpi)}px">
      </div>
    </div>
  </div>
  <div style="position:absolute;inset:0;background:linear-gradient(${p.lightAngle}deg, rgba(255,250,235,0) 25%, rgba(40,30,20,${p.shade}) 100%);mix-blend-mode:multiply"></div>
  <div style="position:absolute;inset:0;background:radial-gradient(ellipse at 35% 30%, rgba(255,255,245,.16), rgba(255,255,245,0) 55%);mix-blend-mode:screen"></div>
  ${canvas({ kind: 'noise', amp: 40 }, width, height, seed + 1, 'position:absolute;inset:0;mix-blend-mode:soft-light;opacity:.5')}
</div>`;
  return { width, height, html: pageHtml('', body) };
}

export interface TiltParams {
  dpi: number;
  /** In-plane rotation, degrees. */
  rotate: number;
  /** Horizontal shear, degrees (a sheet pulled askew through a feeder). */
  skew: number;
  blur: number;
  quality: number;
}

export function tiltParams(rng: Prng, kind: 'rotated' | 'skewed' | 'blurred'): TiltParams {
  const sign = rng.next() < 0.5 ? -1 : 1;
  return {
    dpi: kind === 'blurred' ? 150 : 200,
    rotate: kind === 'rotated' ? sign * between(rng, 2, 8) : kind === 'skewed' ? sign * between(rng, 0.5, 2) : 0,
    skew: kind === 'skewed' ? -sign * between(rng, 3, 6) : 0,
    blur: kind === 'blurred' ? between(rng, 0.6, 1.2) : between(rng, 0, 0.3),
    quality: 80 + rng.int(8),
  };
}

/** A crooked, sheared or out-of-focus capture on a gray backdrop, framed with the whole sheet visible. */
export function tiltScene(doc: InvoiceDoc, p: TiltParams, seed: number): Scene {
  const w = px(doc.widthMm, p.dpi);
  const h = px(doc.heightMm, p.dpi);
  const a = (Math.abs(p.rotate) * Math.PI) / 180;
  const shear = Math.abs(Math.tan((p.skew * Math.PI) / 180)) * h;
  const pad = Math.round(w * 0.04);
  const width = Math.ceil(w * Math.cos(a) + h * Math.sin(a) + shear) + 2 * pad;
  const height = Math.ceil(w * Math.sin(a) + h * Math.cos(a)) + 2 * pad;
  const body = `<div style="position:relative;width:${width}px;height:${height}px;overflow:hidden;background:#d9d9d6">
  <div style="position:absolute;left:${(width - w) / 2}px;top:${(height - h) / 2}px;width:${w}px;height:${h}px;
    transform:rotate(${p.rotate}deg) skewX(${p.skew}deg);filter:blur(${p.blur}px);box-shadow:0 2px 8px rgba(0,0,0,.25)">
    ${zoomed(doc, p.dpi)}
  </div>
  ${canvas({ kind: 'noise', amp: 16 }, width, height, seed, 'position:absolute;inset:0;mix-blend-mode:soft-light;opacity:.4')}
</div>`;
  return { width, height, html: pageHtml(doc.css, body) };
}

/** A 100 dpi screenshot of the PDF open in a browser's viewer: toolbar, gray surround, page shadow. */
export function screenshotScene(doc: InvoiceDoc, fileName: string, dpi: number): Scene {
  const w = px(doc.widthMm, dpi);
  const h = px(doc.heightMm, dpi);
  const width = Math.max(1280, w + 160);
  const bar = 40;
  const height = bar + h + 80;
  const body = `<div style="position:relative;width:${width}px;height:${height}px;overflow:hidden;background:#525659;font:13px 'Noto Sans CJK SC',sans-serif">
  <div style="height:${bar}px;background:#323639;color:#f1f1f1;display:flex;align-items:center;padding:0 16px;gap:24px">
    <span>☰</span><span>${fileName}</span><span style="margin-left:auto">1 / 1</span><span>－　100%　＋</span><span>⤓　⎙　⋮</span>
  </div>
  <div style="position:absolute;left:${(width - w) / 2}px;top:${bar + 40}px;width:${w}px;height:${h}px;box-shadow:0 2px 10px rgba(0,0,0,.5);background:#fff">
    ${zoomed(doc, dpi)}
  </div>
</div>`;
  return { width, height, html: pageHtml(doc.css, body) };
}
