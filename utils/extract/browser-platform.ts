import type { AssetUrls } from './bundled-assets';
import type { OcrEngine } from './ocr/engine';
import { enginePool } from './ocr/engine-pool';
import { hybridEngine, pageLanes } from './ocr/hybrid-engine';
import { ortRecogniser } from './ocr/pp-rec/ort-recogniser';
import { ppRecEngine } from './ocr/pp-rec/pp-rec-engine';
import { tesseractEngine, type TesseractWorkerLike } from './ocr/tesseract-engine';
import { openPdfWithPdfjs } from './pdf/pdfjs-handle';
import type { ExtractPlatform } from './platform';
import type { RasterImage } from './raster';

/** pdf.js asks a factory for canvases; in a worker there is no document, only OffscreenCanvas. */
class OffscreenCanvasFactory {
  create(width: number, height: number) {
    const canvas = new OffscreenCanvas(width, height);
    return { canvas, context: canvas.getContext('2d', { willReadFrequently: true })! };
  }
  reset(pair: { canvas: OffscreenCanvas }, width: number, height: number) {
    pair.canvas.width = width;
    pair.canvas.height = height;
  }
  destroy(pair: { canvas: OffscreenCanvas | null }) {
    if (pair.canvas) {
      pair.canvas.width = 0;
      pair.canvas.height = 0;
    }
    pair.canvas = null;
  }
}

async function loadPdfjs() {
  // pdf.js runs its parser "worker" inside this import worker: the page's thread is never blocked either way.
  const [pdfjs, pdfjsWorker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs')]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;
  return pdfjs;
}

async function startTesseract(assets: AssetUrls): Promise<OcrEngine> {
  const { createWorker, OEM } = await import('tesseract.js');
  const worker = await createWorker(['chi_sim', 'eng'], OEM.LSTM_ONLY, {
    workerPath: assets.tesseractWorker,
    corePath: assets.tesseractCore,
    langPath: assets.tesseractLangDir,
    workerBlobURL: false,
    cacheMethod: 'none',
    gzip: true,
  });
  return tesseractEngine(worker as unknown as TesseractWorkerLike);
}

async function startPpRec(assets: AssetUrls): Promise<OcrEngine> {
  const [ort, model, keys] = await Promise.all([
    import('onnxruntime-web/wasm'),
    fetch(assets.ppRecModel).then((r) => r.arrayBuffer()),
    fetch(assets.ppKeys).then((r) => r.text()),
  ]);
  const { run, close } = await ortRecogniser(ort, new Uint8Array(model), assets.ortDir);
  return ppRecEngine(run, keys, close);
}

/**
 * The platform inside the dashboard's import worker. Every library file comes from the extension package through the
 * URLs the dashboard resolved with browser.runtime.getURL; the CSP's connect-src would refuse anything else.
 */
export function browserPlatform(assets: AssetUrls): ExtractPlatform {
  let pdfjs: ReturnType<typeof loadPdfjs> | null = null;
  let zxing: Promise<typeof import('zxing-wasm/reader')> | null = null;
  let engine: Promise<OcrEngine> | null = null;
  return {
    async openPdf(bytes) {
      pdfjs ??= loadPdfjs();
      const lib = await pdfjs;
      return openPdfWithPdfjs(
        {
          getDocument: lib.getDocument,
          options: {
            cMapUrl: assets.pdfCmapsDir,
            cMapPacked: true,
            wasmUrl: assets.pdfWasmDir,
            useWorkerFetch: true,
            isOffscreenCanvasSupported: true,
            disableFontFace: true,
            CanvasFactory: OffscreenCanvasFactory,
            verbosity: 0,
          },
          createCanvas: (w, h) => new OffscreenCanvasFactory().create(w, h),
        },
        bytes,
      );
    },
    async decodeImage(bytes): Promise<RasterImage> {
      const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>]));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      context.drawImage(bitmap, 0, 0);
      bitmap.close();
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      return { width: canvas.width, height: canvas.height, data };
    },
    async readQrCodes(image) {
      zxing ??= (async () => {
        const lib = await import('zxing-wasm/reader');
        const wasmBinary = await (await fetch(assets.zxingWasm)).arrayBuffer();
        await lib.prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });
        return lib;
      })();
      const lib = await zxing;
      const results = await lib.readBarcodes(image as unknown as ImageData, { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 4 });
      return results.filter((r) => r.isValid).map((r) => r.text);
    },
    ocr() {
      engine ??= (async () => {
        const lanes = pageLanes(navigator.hardwareConcurrency);
        const [lines, ...pages] = await Promise.all([startPpRec(assets), ...Array.from({ length: lanes }, () => startTesseract(assets))]);
        return hybridEngine(enginePool(pages), lines!);
      })();
      return engine;
    },
  };
}
