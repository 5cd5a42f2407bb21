/**
 * Checks a generated folder against its truth.json: the invoice facts are self-consistent, every QR payload parses,
 * drawn QR codes decode to the payload (zxing-wasm), pdf-text files have a text layer and pdf-scan files none.
 * CLI: `npx tsx tests/corpus/verify.ts <folder>`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { toFen } from '../../utils/invoice/money';
import { parseQrPayload } from '../../utils/invoice/qr';
import { checkTaxId } from '../../utils/invoice/tax-id';
import type { FileTruth, InvoiceTruth, Truth } from './truth';

export interface FileReport {
  file: string;
  category: string;
  variant: string;
  bytes: number;
  /** Set when the file shows a QR: did zxing read exactly the payload? */
  qrDecoded?: boolean;
  errors: string[];
}

function invoiceErrors(t: InvoiceTruth): string[] {
  const errors: string[] = [];
  if (toFen(t.amount) + toFen(t.tax) !== toFen(t.total)) errors.push(`金额 ${t.amount} + 税额 ${t.tax} ≠ 价税合计 ${t.total}`);
  const shudian = t.number.length === 20;
  if (shudian && t.number.slice(0, 2) !== t.date.slice(2, 4)) errors.push(`number ${t.number} vs date ${t.date}`);
  const legacyKey = /^\d{8}$/.test(t.number) && /^\d{10}$|^\d{12}$/.test(t.code ?? '');
  if (shudian ? t.code !== undefined : !legacyKey) errors.push(`bad number/code ${t.code ?? ''} ${t.number}`);
  for (const id of [t.sellerTaxId, t.buyerTaxId]) {
    const problems = checkTaxId(id);
    if (problems.length) errors.push(`tax ID ${id}: ${problems.map((p) => p.code).join(', ')}`);
  }
  if (t.qr !== undefined) {
    const parsed = parseQrPayload(t.qr);
    if (!parsed.ok) errors.push(`QR payload does not parse: ${parsed.problems.map((p) => p.code).join(', ')}`);
    else {
      const q = parsed.qr;
      const amount = q.amountIsTotal ? t.total : t.amount;
      const same = q.number === t.number && (q.code ?? '') === (t.code ?? '') && q.date === t.date;
      if (!same || toFen(q.amount) !== toFen(amount)) {
        errors.push(`QR payload disagrees with the invoice: ${t.qr}`);
      }
    }
  }
  return errors;
}

/** Raw bodies of all PDF streams, found by their `stream` / `endstream` keywords. */
function pdfStreams(pdf: Buffer): Buffer[] {
  const raw = pdf.toString('latin1');
  const streams: Buffer[] = [];
  const re = /stream\r?\n/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    streams.push(pdf.subarray(start, end));
    re.lastIndex = end + 'endstream'.length;
  }
  return streams;
}

/** A `BT` operator in any inflated content stream begins a text object. */
function hasTextOperators(pdf: Buffer): boolean {
  return pdfStreams(pdf).some((body) => {
    try {
      return /(^|\s)BT(\s|$)/.test(inflateSync(body).toString('latin1'));
    } catch {
      return false; // not Flate, e.g. the JPEG of a scan
    }
  });
}

/** The scan inside a pdf-scan file: Chromium passes the JPEG through unchanged (DCTDecode). */
function embeddedJpeg(pdf: Buffer): Buffer | undefined {
  return pdfStreams(pdf).find((body) => body[0] === 0xff && body[1] === 0xd8);
}

async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str;
  }
  await doc.destroy();
  return text;
}

/** Page 1 at 144 dpi as PNG, drawn by pdf.js on its own Node canvas (verification only; the corpus is drawn by Chromium). */
async function rasterPdf(pdf: Buffer): Promise<Buffer> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  const viewport = page.getViewport({ scale: 2 });
  const factory = doc.canvasFactory as {
    create: (w: number, h: number) => {
      canvas: HTMLCanvasElement & { toBuffer: (mime: 'image/png') => Buffer };
      context: CanvasRenderingContext2D;
    };
  };
  const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await page.render({ canvas, canvasContext: context, viewport }).promise;
  await doc.destroy();
  return canvas.toBuffer('image/png');
}

async function decodeQr(image: Buffer): Promise<string[]> {
  const options = { formats: ['QRCode' as const], tryHarder: true, maxNumberOfSymbols: 2 };
  const results = await readBarcodes(new Uint8Array(image), options);
  return results.filter((r) => r.isValid).map((r) => r.text);
}

async function checkFile(dir: string, f: FileTruth): Promise<FileReport> {
  const data = readFileSync(join(dir, f.file));
  const report: FileReport = { file: f.file, category: f.category, variant: f.variant, bytes: data.length, errors: [] };
  for (const inv of f.invoices) report.errors.push(...invoiceErrors(inv));
  const inv = f.invoices[0];
  if (f.file.endsWith('.pdf')) {
    const text = (await pdfText(data)).replace(/\s+/g, '');
    const bt = hasTextOperators(data);
    if (f.category === 'pdf-text') {
      if (!bt) report.errors.push('pdf-text without text operators');
      const needles = [inv?.number, inv?.sellerTaxId, inv?.buyerTaxId, inv?.sellerName, inv?.buyerName, inv?.title];
      for (const needle of needles) {
        if (needle && !text.includes(needle)) report.errors.push(`text layer lacks ${needle}`);
      }
      // Seals are pictures on real invoices; their text must not leak into the text layer.
      if (text.includes('发票专用章') || text.includes('监制')) report.errors.push('seal text in the text layer');
    } else if (bt || text !== '') report.errors.push('pdf-scan has a text layer');
  }
  const image =
    f.category === 'pdf-scan' ? embeddedJpeg(data) : f.category === 'pdf-text' ? await rasterPdf(data) : data;
  if (f.category === 'pdf-scan' && !image) report.errors.push('pdf-scan without an embedded JPEG');
  if (image) {
    const decoded = await decodeQr(image);
    if (inv?.qr === undefined) {
      if (decoded.length) report.errors.push('a QR code decodes where the truth says none is shown');
    } else {
      report.qrDecoded = decoded.includes(inv.qr);
      if (f.category === 'image-qr' && !report.qrDecoded) {
        report.errors.push(`clean QR not decoded (got ${JSON.stringify(decoded)})`);
      }
    }
  }
  return report;
}

export async function verifyCorpus(dir: string): Promise<FileReport[]> {
  // In Node the module cannot fetch its wasm; hand it the bytes (copied out of Buffer's shared pool).
  const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'));
  const wasmBinary = wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.length) as ArrayBuffer;
  prepareZXingModule({ overrides: { wasmBinary } });
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth;
  const reports: FileReport[] = [];
  for (const f of truth.files) reports.push(await checkFile(dir, f));
  for (const s of truth.sheets) {
    const errors: string[] = [];
    for (const row of s.rows) {
      const split = row.amount !== undefined && row.tax !== undefined;
      if (split && toFen(row.amount ?? '') + toFen(row.tax ?? '') !== toFen(row.total)) {
        errors.push(`row ${row.number}: amount + tax ≠ total`);
      }
    }
    const bytes = readFileSync(join(dir, s.file)).length;
    reports.push({ file: s.file, category: 'sheets', variant: s.kind, bytes, errors });
  }
  return reports;
}

/** One line per category (files, bytes, QR decoded / shown), then every error. Returns whether all passed. */
export function printReport(reports: readonly FileReport[]): boolean {
  const byCategory = new Map<string, FileReport[]>();
  for (const r of reports) byCategory.set(r.category, [...(byCategory.get(r.category) ?? []), r]);
  for (const [category, rs] of byCategory) {
    const shown = rs.filter((r) => r.qrDecoded !== undefined);
    const decoded = shown.filter((r) => r.qrDecoded);
    const kb = Math.round(rs.reduce((s, r) => s + r.bytes, 0) / 1024);
    const qr = shown.length ? `, QR decoded ${decoded.length}/${shown.length}` : '';
    console.log(`${category.padEnd(13)} ${String(rs.length).padStart(3)} files, ${kb} KB${qr}`);
    for (const r of shown.filter((x) => !x.qrDecoded)) console.log(`    QR not decoded: ${r.file}`);
  }
  const failed = reports.filter((r) => r.errors.length);
  for (const r of failed) console.log(`FAIL ${r.file}: ${r.errors.join('; ')}`);
  return failed.length === 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npx tsx tests/corpus/verify.ts <folder with truth.json>');
    process.exit(2);
  }
  process.exit(printReport(await verifyCorpus(resolve(dir))) ? 0 : 1);
}
