// The extraction platform under Node, for unit tests and the bench: the same libraries and data files the extension
// bundles, loaded from node_modules. Nothing is fetched.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { createWorker, OEM } from 'tesseract.js';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { BUNDLED_FILES } from '../../utils/extract/bundled-assets';
import type { OcrEngine } from '../../utils/extract/ocr/engine';
import { enginePool } from '../../utils/extract/ocr/engine-pool';
import { hybridEngine, pageLanes } from '../../utils/extract/ocr/hybrid-engine';
import { ortRecogniser } from '../../utils/extract/ocr/pp-rec/ort-recogniser';
import { ppRecEngine } from '../../utils/extract/ocr/pp-rec/pp-rec-engine';
import { tesseractEngine, type TesseractWorkerLike } from '../../utils/extract/ocr/tesseract-engine';
import { openPdfWithPdfjs } from '../../utils/extract/pdf/pdfjs-handle';
import type { ExtractPlatform } from '../../utils/extract/platform';
import type { RasterImage } from '../../utils/extract/raster';

const dirUrl = (path: string) => `${pathToFileURL(resolve(path)).href}/`;

// The CommonJS build, the one pdf.js itself loads in Node: its Path2D must be the class the canvases expect.
const { createCanvas, loadImage } = createRequire(import.meta.url)('@napi-rs/canvas') as typeof import('@napi-rs/canvas');

let zxingReady: Promise<unknown> | null = null;
function zxing(): Promise<unknown> {
  zxingReady ??= prepareZXingModule({
    overrides: { wasmBinary: readFileSync(BUNDLED_FILES.zxingWasm.src).buffer as ArrayBuffer },
    fireImmediately: true,
  });
  return zxingReady;
}

/** tesseract.js reads every language from one folder; the npm data packages keep each in its own. */
function langDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fapiao-tessdata-'));
  mkdirSync(dir, { recursive: true });
  copyFileSync(BUNDLED_FILES.chiSim.src, join(dir, 'chi_sim.traineddata.gz'));
  copyFileSync(BUNDLED_FILES.eng.src, join(dir, 'eng.traineddata.gz'));
  return dir;
}

/** PP-OCR's recogniser from node_modules, as the extension bundles it. */
export async function startPpRec(): Promise<OcrEngine> {
  const ort = await import('onnxruntime-web/wasm');
  const model = new Uint8Array(readFileSync(BUNDLED_FILES.ppRecModel.src));
  const { run, close } = await ortRecogniser(ort, model, `${resolve(dirname(BUNDLED_FILES.ortWasm.src))}/`);
  return ppRecEngine(run, readFileSync(BUNDLED_FILES.ppKeys.src, 'utf8'), close);
}

/** The engine the extension ships: tesseract.js for the page, PP-OCR's recogniser for the closer looks. */
export async function startShippedOcr(): Promise<OcrEngine> {
  const lanes = pageLanes(availableParallelism());
  const [lines, ...pages] = await Promise.all([startPpRec(), ...Array.from({ length: lanes }, () => startTesseract())]);
  return hybridEngine(enginePool(pages), lines!);
}

export async function startTesseract(): Promise<OcrEngine> {
  // The very core the extension bundles: relaxed-SIMD builds, which Node would pick, round differently.
  const worker = await createWorker(['chi_sim', 'eng'], OEM.LSTM_ONLY, {
    langPath: langDir(),
    corePath: resolve(BUNDLED_FILES.tesseractCore.src),
    cacheMethod: 'none',
    gzip: true,
  });
  return tesseractEngine(worker as unknown as TesseractWorkerLike);
}

/** `startOcr` picks the engine (the bench compares several); by default the one the extension ships. */
export function nodePlatform(startOcr: () => Promise<OcrEngine> = startShippedOcr): ExtractPlatform & { close(): Promise<void> } {
  let engine: Promise<OcrEngine> | null = null;
  return {
    async openPdf(bytes) {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      return openPdfWithPdfjs(
        {
          getDocument: pdfjs.getDocument,
          options: { cMapUrl: dirUrl('node_modules/pdfjs-dist/cmaps'), cMapPacked: true, wasmUrl: dirUrl('node_modules/pdfjs-dist/wasm'), verbosity: 0 },
          createCanvas: (w, h) => {
            const canvas = createCanvas(w, h);
            return { canvas, context: canvas.getContext('2d') };
          },
        },
        bytes,
      );
    },
    async decodeImage(bytes): Promise<RasterImage> {
      const image = await loadImage(Buffer.from(bytes));
      const canvas = createCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      return { width: image.width, height: image.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) };
    },
    async readQrCodes(image) {
      await zxing();
      const results = await readBarcodes(image as unknown as ImageData, { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 4 });
      return results.filter((r) => r.isValid).map((r) => r.text);
    },
    ocr() {
      engine ??= startOcr();
      return engine;
    },
    async close() {
      if (engine) await (await engine).close();
    },
  };
}
