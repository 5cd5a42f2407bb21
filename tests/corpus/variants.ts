/** Turns one invoice and one planned variant into a file plus its truth entry. */
import { prng } from '../../utils/invoice/test-prng';
import type { Invoice } from './invoice';
import { type Assets, invoiceDoc } from './layouts/index';
import type { PaperLook } from './layouts/paper';
import { photoDpi, photoParams, photoScene, screenshotScene, tiltParams, tiltScene } from './photo';
import type { Variant } from './plan';
import type { Renderer, Scene } from './render';
import { A4, a4Params, a4Scene, cleanScene, imagePdfHtml, pdfPageHtml } from './scenes';
import { type Category, type FileTruth, invoiceTruth } from './truth';

export interface InvoiceArt {
  /** With the QR (absent for paper) and with the QR area blank. */
  withQr: Assets;
  withoutQr: Assets;
  look: PaperLook;
}

export interface Made {
  data: Buffer;
  truth: FileTruth;
}

/** FNV-1a: a stable per-file seed, so one file's effects do not depend on which files came before it. */
function hashSeed(s: string, base: number): number {
  let h = 0x811c9dc5 ^ base;
  for (const ch of s) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193);
  return h >>> 0;
}

/** The file name a user typically downloads the PDF as, shown in the screenshot's viewer toolbar. */
function downloadName(inv: Invoice): string {
  if (inv.code) return `${inv.code}_${inv.number}.pdf`;
  return `dzfp_${inv.number}_${inv.seller.name}_${inv.date.replaceAll('-', '')}.pdf`;
}

const CATEGORY: Readonly<Record<Variant['kind'], Category>> = {
  'pdf-text': 'pdf-text',
  'pdf-scan': 'pdf-scan',
  png: 'image-qr',
  'a4-scan': 'ocr-a4-300',
  photo: 'photo-lowres',
  rotated: 'photo-lowres',
  skewed: 'photo-lowres',
  blurred: 'photo-lowres',
  screenshot: 'photo-lowres',
};

function fileName(id: string, v: Variant): string {
  switch (v.kind) {
    case 'pdf-text':
      return `${id}.pdf`;
    case 'pdf-scan':
      return `${id}-${v.a4 ? 'a4' : 'scan'}-${v.dpi}dpi.pdf`;
    case 'png':
      return `${id}-${v.dpi}dpi.png`;
    case 'a4-scan':
      return `${id}-a4${v.sideways ? '-sideways' : ''}.jpg`;
    default:
      return `${id}-${v.kind}${v.qr ? '' : '-noqr'}.jpg`;
  }
}

export async function makeVariant(
  r: Renderer,
  inv: Invoice,
  id: string,
  v: Variant,
  art: InvoiceArt,
  small: boolean,
  planSeed: number,
): Promise<Made> {
  const category = CATEGORY[v.kind];
  const file = `${category}/${fileName(id, v)}`;
  const seed = hashSeed(file, planSeed);
  const rng = prng(seed);
  // The whole document (PDFs, clean PNGs) shows its QR; A4 scans blank it; the hard cases say per variant.
  const wholeDocument = v.kind === 'pdf-text' || v.kind === 'pdf-scan' || v.kind === 'png';
  const showsQr = inv.qr !== undefined && (wholeDocument || ('qr' in v && v.qr));
  const doc = invoiceDoc(inv, showsQr ? art.withQr : art.withoutQr, art.look);
  const paper = inv.layout === 'paper';
  let params: FileTruth['params'] = {};
  let scene: Scene | undefined;
  let data: Buffer;

  switch (v.kind) {
    case 'pdf-text':
      data = await r.pdf(pdfPageHtml(doc), doc.widthMm, doc.heightMm);
      break;
    case 'pdf-scan': {
      const a4 = v.a4 ? a4Params(rng, paper, false) : undefined;
      scene = a4 ? a4Scene(doc, v.dpi, a4, seed) : cleanScene(doc, v.dpi);
      const quality = small ? 70 : 85;
      const jpeg = await r.raster(scene, { type: 'jpeg', quality });
      const [w, h] = v.a4 ? [A4.widthMm, A4.heightMm] : [doc.widthMm, doc.heightMm];
      data = await r.pdf(imagePdfHtml(`data:image/jpeg;base64,${jpeg.toString('base64')}`, w, h), w, h);
      params = { dpi: v.dpi, a4: v.a4, jpegQuality: quality, ...a4 };
      break;
    }
    case 'png':
      scene = cleanScene(doc, v.dpi);
      data = await r.raster(scene, { type: 'png' });
      params = { dpi: v.dpi };
      break;
    case 'a4-scan': {
      const a4 = a4Params(rng, paper, v.sideways ?? false);
      const quality = small ? 72 : 92;
      scene = a4Scene(doc, 300, a4, seed);
      data = await r.raster(scene, { type: 'jpeg', quality });
      params = { dpi: 300, jpegQuality: quality, ...a4 };
      break;
    }
    case 'photo': {
      const p = photoParams(rng, small, paper);
      const flat = await r.raster(cleanScene(doc, photoDpi(doc, p)), { type: 'png' });
      scene = photoScene(doc, `data:image/png;base64,${flat.toString('base64')}`, p, seed);
      data = await r.raster(scene, { type: 'jpeg', quality: p.quality });
      params = { ...p };
      break;
    }
    case 'rotated':
    case 'skewed':
    case 'blurred': {
      const p = tiltParams(rng, v.kind);
      scene = tiltScene(doc, p, seed);
      data = await r.raster(scene, { type: 'jpeg', quality: p.quality });
      params = { ...p };
      break;
    }
    case 'screenshot': {
      const quality = 60 + rng.int(16);
      scene = screenshotScene(doc, downloadName(inv), 100);
      data = await r.raster(scene, { type: 'jpeg', quality });
      params = { dpi: 100, jpegQuality: quality };
      break;
    }
  }
  const truth: FileTruth = {
    file,
    category,
    layout: inv.layout,
    invoiceType: inv.type,
    variant: v.kind,
    params,
    bytes: data.length,
    invoices: [invoiceTruth(inv, showsQr)],
  };
  if (scene) {
    truth.width = scene.width;
    truth.height = scene.height;
  }
  return { data, truth };
}
