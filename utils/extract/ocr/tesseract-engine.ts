import { CAPITAL_CHARS } from '../../invoice/capital-amount';
import type { GrayImage } from '../raster';
import { encodeGrayPgm } from '../image/pgm';
import type { OcrCharset, OcrEngine, OcrRequest, OcrWord } from './engine';

/** The part of a tesseract.js worker the engine uses (typed here so tests can stand in for it). */
export interface TesseractWorkerLike {
  setParameters(params: Record<string, string>): Promise<unknown>;
  recognize(
    image: Uint8Array,
    options: { rectangle?: { left: number; top: number; width: number; height: number } },
    output: { tsv: true; text: false },
  ): Promise<{ data: { tsv: string | null } }>;
  terminate(): Promise<unknown>;
}

/** Tesseract's TSV: level, page, block, paragraph, line, word, left, top, width, height, conf, text; level 5 is a word. */
export function wordsFromTsv(tsv: string): OcrWord[] {
  const words: OcrWord[] = [];
  for (const row of tsv.split('\n')) {
    const cells = row.split('\t');
    if (cells[0] !== '5' || cells.length < 12) continue;
    const text = cells.slice(11).join('\t').trim();
    const confidence = Number(cells[10]);
    if (!text || !(confidence >= 0)) continue;
    words.push({ text, confidence: confidence / 100, x: Number(cells[6]), y: Number(cells[7]), w: Number(cells[8]), h: Number(cells[9]) });
  }
  return words;
}

const WHITELIST: Readonly<Record<OcrCharset, string>> = {
  any: '',
  digits: '0123456789',
  amount: '0123456789.,-¥',
  'tax-id': '0123456789ABCDEFGHJKLMNPQRTUWXY',
  date: '0123456789年月日-',
  capital: CAPITAL_CHARS,
};

/** Tesseract page segmentation: 3 finds columns on a whole invoice, 6 reads one block, 7 one line. */
const PSM: Readonly<Record<OcrRequest['layout'], string>> = { page: '3', block: '6', line: '7' };

export function tesseractEngine(worker: TesseractWorkerLike): OcrEngine {
  let current = '';
  return {
    name: 'tesseract.js',
    async recognise(image: GrayImage, request: OcrRequest): Promise<OcrWord[]> {
      const params = { tessedit_pageseg_mode: PSM[request.layout], tessedit_char_whitelist: WHITELIST[request.charset] };
      const key = JSON.stringify(params);
      if (key !== current) {
        await worker.setParameters(params);
        current = key;
      }
      const r = request.region;
      const rectangle = r && { left: Math.round(r.x), top: Math.round(r.y), width: Math.round(r.w), height: Math.round(r.h) };
      // TSV is the cheapest output that still has word boxes: the block tree costs a fifth more time.
      const { data } = await worker.recognize(encodeGrayPgm(image), rectangle ? { rectangle } : {}, { tsv: true, text: false });
      return wordsFromTsv(data.tsv ?? '');
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
