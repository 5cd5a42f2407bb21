import type { DocumentInitParameters, PDFDocumentProxy, TextItem as PdfjsTextItem } from 'pdfjs-dist/types/src/display/api';
import { fileError } from '../extract-error';
import type { TextItem } from '../layout/text-item';
import { LIMITS } from '../limits';
import type { PdfHandle, PdfPageText } from '../platform';
import type { RasterImage } from '../raster';

/** A canvas and its 2D context, from OffscreenCanvas in the browser or @napi-rs/canvas in Node. */
export interface CanvasPair {
  canvas: unknown;
  context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
}

export interface PdfjsDeps {
  getDocument: (params: DocumentInitParameters) => { promise: Promise<PDFDocumentProxy> };
  /** Asset URLs and environment switches (cMapUrl, standardFontDataUrl, wasmUrl, CanvasFactory...). */
  options: Partial<DocumentInitParameters>;
  createCanvas(width: number, height: number): CanvasPair;
}

function isTextItem(item: unknown): item is PdfjsTextItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

const corrupt = () => fileError('pdf-corrupt', 'PDF 文件已损坏或不是有效的 PDF，无法打开。', 'The PDF is damaged or not a valid PDF and cannot be opened.');

async function openDocument(deps: PdfjsDeps, bytes: Uint8Array): Promise<PDFDocumentProxy> {
  try {
    // pdf.js takes ownership of the buffer it is given; the caller keeps its own copy for the original file.
    // maxImageSize: an image XObject past the pixel limit is skipped before pdf.js decodes it.
    return await deps.getDocument({ ...deps.options, data: bytes.slice(), isEvalSupported: false, stopAtErrors: false, maxImageSize: LIMITS.imagePixels }).promise;
  } catch (error) {
    if ((error as { name?: string }).name === 'PasswordException') {
      throw fileError('encrypted', 'PDF 设置了打开密码，无法读取；请导出未加密的版本。', 'The PDF is password-protected; export an unencrypted copy.');
    }
    throw corrupt();
  }
}

/** A page pdf.js cannot read (a page tree that loops, a missing object) makes the file damaged, not a crash. */
async function orCorrupt<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch {
    throw corrupt();
  }
}

/**
 * The scale to render a page at: `dpi`, unless the page would then pass the pixel limit or the side limit (a page
 * 1 point wide and 100 million tall is still one picture's worth of pixels).
 */
export function renderScale(width: number, height: number, dpi: number): number {
  if (!(width > 0 && height > 0)) throw corrupt();
  return Math.min(dpi / 72, Math.sqrt(LIMITS.imagePixels / (width * height)), LIMITS.imageSide / Math.max(width, height));
}

/** pdf.js behind the small PdfHandle interface: page text with positions, and pages rendered to pixels. */
export async function openPdfWithPdfjs(deps: PdfjsDeps, bytes: Uint8Array): Promise<PdfHandle> {
  const doc = await openDocument(deps, bytes);
  return {
    pageCount: Math.min(doc.numPages, LIMITS.pdfPages),
    pageText: (pageIndex: number): Promise<PdfPageText> => orCorrupt(async () => {
      const page = await doc.getPage(pageIndex + 1);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const item of content.items) {
        if (!isTextItem(item) || item.str.trim() === '') continue;
        const [, , , , e = 0, f = 0] = item.transform as number[];
        const [x, baseline] = viewport.convertToViewportPoint(e, f) as [number, number];
        const h = item.height || Math.abs((item.transform as number[])[3] ?? 0);
        // NFKC: Chrome-printed PDFs map CJK glyphs to look-alike radicals (⼴ for 广), which NFKC folds back.
        items.push({ text: item.str.normalize('NFKC'), x, y: baseline - h, w: item.width, h });
      }
      page.cleanup();
      return { items, width: viewport.width, height: viewport.height };
    }),
    renderPage: (pageIndex: number, dpi: number): Promise<RasterImage> => orCorrupt(async () => {
      const page = await doc.getPage(pageIndex + 1);
      const unscaled = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: renderScale(unscaled.width, unscaled.height, dpi) });
      const width = Math.ceil(viewport.width);
      const height = Math.ceil(viewport.height);
      const { canvas, context } = deps.createCanvas(width, height);
      await page.render({ canvas: canvas as HTMLCanvasElement, viewport, background: 'white' }).promise;
      const data = context.getImageData(0, 0, width, height).data;
      page.cleanup();
      return { width, height, data };
    }),
    async close() {
      await doc.destroy();
    },
  };
}
