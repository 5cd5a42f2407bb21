import { describe, expect, it, vi } from 'vitest';
import { tesseractEngine, wordsFromTsv, type TesseractWorkerLike } from './tesseract-engine';

const TSV = ['level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext', '4\t1\t1\t1\t1\t0\t10\t20\t300\t30\t-1\t', '5\t1\t1\t1\t1\t1\t10\t20\t120\t30\t91.5\t发票号码:', '5\t1\t1\t1\t1\t2\t140\t20\t170\t30\t88\t24112000000048542163', '5\t1\t1\t1\t1\t3\t320\t20\t5\t30\t-1\t '].join('\n');

describe('tesseract engine', () => {
  it('takes the words and their boxes from the TSV output', () => {
    expect(wordsFromTsv(TSV)).toEqual([
      { text: '发票号码:', confidence: 0.915, x: 10, y: 20, w: 120, h: 30 },
      { text: '24112000000048542163', confidence: 0.88, x: 140, y: 20, w: 170, h: 30 },
    ]);
  });

  it('passes a field’s characters as the whitelist and sets parameters only when they change', async () => {
    const worker: TesseractWorkerLike = {
      setParameters: vi.fn(async () => undefined),
      recognize: vi.fn(async () => ({ data: { tsv: TSV } })),
      terminate: vi.fn(async () => undefined),
    };
    const engine = tesseractEngine(worker);
    const image = { width: 2, height: 2, data: new Uint8Array(4) };
    await engine.recognise(image, { layout: 'line', charset: 'digits' });
    await engine.recognise(image, { layout: 'line', charset: 'digits' });
    await engine.recognise(image, { layout: 'page', charset: 'any' });
    expect(worker.setParameters).toHaveBeenCalledTimes(2);
    expect(worker.setParameters).toHaveBeenNthCalledWith(1, { tessedit_pageseg_mode: '7', tessedit_char_whitelist: '0123456789' });
    const [pgm] = vi.mocked(worker.recognize).mock.calls[0]!;
    expect(new TextDecoder().decode(pgm.subarray(0, 11))).toBe('P5\n2 2\n255\n');
  });
});
