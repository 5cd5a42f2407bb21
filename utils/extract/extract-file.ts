import type { Problem } from '../invoice/model';
import { combineReadings, readingsOf } from './combine';
import { ExtractError, fileError } from './extract-error';
import { checkImageSize } from './image/dimensions';
import { readImageInvoice } from './image/read-image';
import { readLayoutFields } from './layout/read-fields';
import { layoutReadings } from './layout/layout-readings';
import { formatBytes, LIMITS } from './limits';
import { readOfd } from './ofd/read-ofd';
import { readPdf } from './pdf/read-pdf';
import type { ExtractPlatform } from './platform';
import type { OnProgress } from './progress';
import { readSheetFile, type SheetReadContext } from './sheet/read-sheet';
import { sniffFile } from './sniff';
import type { ExtractOutcome, FileKind, InvoiceDraft } from './types';
import { readInvoiceXml } from './xml-invoice/read-invoice-xml';
import { parseXml } from './xml';
import { scanZip } from './zip';

export interface ExtractContext extends SheetReadContext {
  platform: ExtractPlatform;
  onProgress?: OnProgress;
  /** What is known early (a picture's QR code) while the rest is still being read. */
  onPartial?: (outcome: ExtractOutcome) => void;
}

const unsupportedKind = (zh: string, en: string) => fileError('unsupported-kind', zh, en);

function notRecognised(): ExtractError {
  return fileError(
    'unsupported-format',
    '无法识别的文件类型：支持 OFD、XML、PDF、JPG/PNG 图片、CSV 和 XLSX。',
    'Unrecognised file type: OFD, XML, PDF, JPG/PNG images, CSV and XLSX are supported.',
  );
}

function rejectedKind(reason: 'tiff' | 'other-image' | 'unknown'): ExtractError {
  switch (reason) {
    case 'tiff':
      return fileError('image-tiff', 'TIFF 图片暂不支持，请用扫描软件另存为 PDF、JPG 或 PNG。', 'TIFF images are not supported; save the scan as PDF, JPG or PNG.');
    case 'other-image':
      return fileError('image-format', '只支持 JPG 和 PNG 图片，请另存为其中一种。', 'Only JPG and PNG images are supported; save it as one of them.');
    case 'unknown':
      return notRecognised();
  }
}

function noInvoiceFound(): ExtractError {
  return fileError(
    'no-invoice-found',
    '没有在文件中找到发票号码：既没有可识别的发票二维码，也没有读出「发票号码」。请确认这是一张增值税发票，或手工录入。',
    'No invoice number was found: no readable invoice QR code and no 发票号码 in the text. Check that this is a VAT invoice, or enter it by hand.',
  );
}

function unsupportedInvoice(title: string): ExtractError {
  return unsupportedKind(
    `这是「${title}」，暂不支持这类发票，请手工录入。`,
    `This is a ${title}, a kind of invoice not supported yet; enter it by hand.`,
  );
}

function withNumber(drafts: InvoiceDraft[]): InvoiceDraft[] {
  return drafts.filter((d) => d.fields.number !== undefined);
}

async function extractByKind(kind: FileKind, bytes: Uint8Array, name: string, ctx: ExtractContext, image: 'png' | 'jpeg' | undefined): Promise<ExtractOutcome> {
  const progress = ctx.onProgress ?? (() => undefined);
  switch (kind) {
    case 'ofd': {
      const ofd = readOfd(bytes);
      const readings = ofd.readings.some((r) => r.field === 'number') ? ofd.readings : layoutReadings(readLayoutFields(ofd.firstPage), 'ofd', 0.95);
      return { kind, drafts: withNumber([combineReadings(readings)]), problems: ofd.problems };
    }
    case 'xml': {
      const fields = readInvoiceXml(parseXml(bytes));
      if (!fields) {
        throw fileError('xml-not-invoice', '这个 XML 不是可识别的电子发票（数电 EInvoice、税控 eInvoice 或 XBRL）。', 'This XML is not a recognised e-invoice (数电 EInvoice, 税控 eInvoice or XBRL).');
      }
      return { kind, drafts: withNumber([combineReadings(readingsOf(fields, 'xml'))]), problems: [] };
    }
    case 'pdf': {
      const pdf = await readPdf(ctx.platform, bytes, progress);
      if (pdf.unsupported && withNumber(pdf.drafts).length === 0) throw unsupportedInvoice(pdf.unsupported);
      return { kind, drafts: withNumber(pdf.drafts), problems: pdf.problems };
    }
    case 'image': {
      checkImageSize(bytes, image ?? 'png');
      let raster;
      try {
        raster = await ctx.platform.decodeImage(bytes);
      } catch {
        throw fileError('image-corrupt', '图片已损坏或不完整，无法读取。', 'The image is damaged or incomplete and cannot be read.');
      }
      const read = await readImageInvoice(ctx.platform, raster, progress, (readings) =>
        ctx.onPartial?.({ kind, drafts: withNumber([combineReadings(readings)]), problems: [] }),
      );
      const drafts = withNumber([combineReadings(read.readings)]);
      if (read.unsupported && drafts.length === 0) throw unsupportedInvoice(read.unsupported);
      return { kind, drafts, problems: read.problems };
    }
    case 'csv':
    case 'xlsx':
      progress('sheet', 0);
      return readSheetFile(bytes, name, { ...ctx, kind });
  }
}

/**
 * Reads one file into drafts of the invoices it holds. Never throws: a file that cannot be read comes back with
 * its problem, so one bad file never stops the others.
 */
export async function extractFile(bytes: Uint8Array, name: string, ctx: ExtractContext): Promise<ExtractOutcome> {
  let kind: FileKind | null = null;
  try {
    if (bytes.byteLength === 0) throw fileError('file-empty', '文件是空的（0 字节）。', 'The file is empty (0 bytes).');
    if (bytes.byteLength > LIMITS.fileBytes) {
      throw fileError(
        'file-too-large',
        `文件有 ${formatBytes(bytes.byteLength)}，超过单个文件上限 ${formatBytes(LIMITS.fileBytes)}。`,
        `The file is ${formatBytes(bytes.byteLength)}, more than the ${formatBytes(LIMITS.fileBytes)} limit for one file.`,
      );
    }
    const sniffed = sniffFile(bytes, name, () => scanZip(bytes).map((e) => e.name));
    if (sniffed.kind === null) throw rejectedKind(sniffed.reason);
    kind = sniffed.kind;
    const outcome = await extractByKind(kind, bytes, name, ctx, sniffed.image);
    if (outcome.drafts.length === 0 && !outcome.mapping && !outcome.portalExport) {
      return { ...outcome, problems: [noInvoiceFound().problem, ...outcome.problems] };
    }
    return outcome;
  } catch (error) {
    const problem: Problem =
      error instanceof ExtractError
        ? error.problem
        : { code: 'extract-failed', field: 'file', zh: `读取文件时出错：${String(error)}`, en: `Reading the file failed: ${String(error)}` };
    return { kind, drafts: [], problems: [problem] };
  }
}
