import type { Problem } from '../../invoice/model';
import { combineReadings } from '../combine';
import { readLayoutFields } from '../layout/read-fields';
import { layoutReadings } from '../layout/layout-readings';
import { unsupportedTitle } from '../layout/title';
import type { ExtractPlatform } from '../platform';
import type { OnProgress } from '../progress';
import { findInvoiceQr } from '../qr/find-invoice-qr';
import type { InvoiceDraft, Reading } from '../types';
import { readImageInvoice } from '../image/read-image';
import { checkPdfStreams } from './stream-budget';

/** Dpi for finding the QR on a page with text: its modules are still several pixels wide, and rendering stays quick. */
const QR_DPI = 200;
/** Dpi for a scanned page that has to be read by OCR. */
const SCAN_DPI = 300;
/** Fewer text items than this and the page is a scan with at most a stray stamp of text. */
const MIN_TEXT_ITEMS = 8;

interface PageResult {
  readings: Reading[];
  problems: Problem[];
  startsInvoice: boolean;
  unsupported: string | null;
}

async function readPage(platform: ExtractPlatform, pdf: Awaited<ReturnType<ExtractPlatform['openPdf']>>, index: number, onProgress: OnProgress): Promise<PageResult> {
  const text = await pdf.pageText(index);
  if (text.items.length < MIN_TEXT_ITEMS) {
    const image = await pdf.renderPage(index, SCAN_DPI);
    const scanned = await readImageInvoice(platform, image, onProgress);
    return { ...scanned, startsInvoice: scanned.readings.some((r) => r.field === 'number') };
  }
  const fields = readLayoutFields(text.items);
  const readings = layoutReadings(fields, 'pdf-text', 0.95);
  const startsInvoice = fields.number !== undefined;
  const problems: Problem[] = [];
  if (startsInvoice) {
    onProgress('qr', 0.5);
    const qr = await findInvoiceQr(platform, await pdf.renderPage(index, QR_DPI));
    readings.push(...qr.readings);
    problems.push(...qr.problems);
  }
  return { readings, problems, startsInvoice, unsupported: unsupportedTitle(text.items.map((i) => i.text).join('')) };
}

function numberOf(readings: Reading[]): string | undefined {
  return readings.find((r) => r.field === 'number')?.value;
}

/**
 * Reads a PDF page by page: a text layer by position, the QR rendered from the page, OCR for scans. A page without
 * an invoice number of its own (a 清单 page) belongs to the invoice before it; a PDF of several invoices gives several drafts.
 */
export async function readPdf(platform: ExtractPlatform, bytes: Uint8Array, onProgress: OnProgress): Promise<{ drafts: InvoiceDraft[]; problems: Problem[]; unsupported: string | null }> {
  checkPdfStreams(bytes);
  const pdf = await platform.openPdf(bytes);
  try {
    const groups: Array<{ readings: Reading[]; page: number }> = [];
    const problems: Problem[] = [];
    let unsupported: string | null = null;
    for (let i = 0; i < pdf.pageCount; i++) {
      onProgress('text', i / pdf.pageCount);
      const page = await readPage(platform, pdf, i, onProgress);
      problems.push(...page.problems);
      unsupported ??= page.unsupported;
      const last = groups.at(-1);
      // A 清单 page repeats its invoice's code and number, or has none: either way it adds no invoice.
      const number = numberOf(page.readings);
      if (!last || (page.startsInvoice && number !== numberOf(last.readings))) groups.push({ readings: page.readings, page: i + 1 });
    }
    const several = groups.length > 1;
    return {
      drafts: groups.map((g) => combineReadings(g.readings, several ? `第${g.page}页` : undefined)),
      problems,
      unsupported,
    };
  } finally {
    await pdf.close();
  }
}
