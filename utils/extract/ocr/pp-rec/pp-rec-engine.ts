import type { GrayImage } from '../../raster';
import type { OcrEngine, OcrRequest, OcrWord } from '../engine';
import { ctcGreedyDecode, parseDictionary } from './ctc-decode';
import { REC_HEIGHT, recInput } from './rec-tensor';

/** The one call of an onnxruntime session the recogniser makes: NCHW floats in, [1, steps, classes] softmax out. */
export type RunRecogniser = (input: Float32Array, dims: [number, number, number, number]) => Promise<{ data: Float32Array; dims: readonly number[] }>;

/**
 * PaddleOCR's PP-OCRv4 recogniser for one line whose place is already known (no detection). It has no character
 * whitelist; its dictionary holds full-width digits and punctuation, so output is folded with NFKC.
 */
export function ppRecEngine(run: RunRecogniser, dictionary: string, close: () => Promise<void>): OcrEngine {
  const labels = parseDictionary(dictionary);
  return {
    name: 'PP-OCRv4 rec',
    async recognise(image: GrayImage, request: OcrRequest): Promise<OcrWord[]> {
      if (request.layout !== 'line') throw new Error('the PP-OCR recogniser reads single lines only');
      if (image.width < 2 || image.height < 2) return [];
      const { data, width } = recInput(image);
      const out = await run(data, [1, 3, REC_HEIGHT, width]);
      const [, steps = 0, classes = 0] = out.dims;
      if (classes !== labels.length) throw new Error(`recogniser has ${classes} classes, dictionary ${labels.length}`);
      const { text, confidence } = ctcGreedyDecode(out.data, 0, steps, labels);
      const folded = text.normalize('NFKC').trim();
      return folded ? [{ text: folded, confidence, x: 0, y: 0, w: image.width, h: image.height }] : [];
    },
    close,
  };
}
