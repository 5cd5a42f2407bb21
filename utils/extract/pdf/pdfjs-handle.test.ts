import { describe, expect, it } from 'vitest';
import { ExtractError } from '../extract-error';
import { LIMITS } from '../limits';
import { problemCodeOf } from '../test-problem-code';
import { openPdfWithPdfjs, renderScale, type PdfjsDeps } from './pdfjs-handle';

/** pdf.js stand-in: records what it was asked to open, and has one page that cannot be read. */
function fakePdfjs(): { deps: PdfjsDeps; opened: Array<Record<string, unknown>> } {
  const opened: Array<Record<string, unknown>> = [];
  const doc = {
    numPages: 1_000_000_000,
    getPage: () => Promise.reject(new Error('Pages tree contains circular reference.')),
    destroy: () => Promise.resolve(),
  };
  const deps = {
    getDocument: (params: Record<string, unknown>) => {
      opened.push(params);
      return { promise: Promise.resolve(doc) };
    },
    options: {},
    createCanvas: () => ({ canvas: {}, context: { getImageData: () => ({ data: new Uint8ClampedArray(0) }) } }),
  } as unknown as PdfjsDeps;
  return { deps, opened };
}

describe('openPdfWithPdfjs', () => {
  it('has pdf.js skip images past the pixel limit instead of decoding them, and never eval', async () => {
    const { deps, opened } = fakePdfjs();
    await openPdfWithPdfjs(deps, new Uint8Array(10));
    // Without maxImageSize, one image declaring 20000×20000 took 13 s and over a gigabyte.
    expect(opened[0]).toMatchObject({ maxImageSize: LIMITS.imagePixels, isEvalSupported: false });
  });

  it('reads at most the page limit, whatever the document claims', async () => {
    const pdf = await openPdfWithPdfjs(fakePdfjs().deps, new Uint8Array(10));
    expect(pdf.pageCount).toBe(LIMITS.pdfPages);
  });

  it.each(['pageText', 'renderPage'] as const)('calls the file damaged when pdf.js cannot read a page (%s)', async (method) => {
    const pdf = await openPdfWithPdfjs(fakePdfjs().deps, new Uint8Array(10));
    const error = await pdf[method](0, 200).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as ExtractError).problem.code).toBe('pdf-corrupt');
  });
});

describe('renderScale', () => {
  it.each([
    ['an A4 page at 200 dpi', 595, 842, 200, 200 / 72],
    ['a page 1 pt wide and 100,000,000 pt tall: its side limit', 1, 1e8, 300, LIMITS.imageSide / 1e8],
    ['a page of 10,000 × 10,000 pt: its pixel limit', 10_000, 10_000, 300, Math.sqrt(LIMITS.imagePixels) / 10_000],
  ])('%s', (_label, width, height, dpi, scale) => {
    expect(renderScale(width, height, dpi)).toBeCloseTo(scale, 10);
    const w = width * renderScale(width, height, dpi);
    const h = height * renderScale(width, height, dpi);
    expect(Math.max(w, h)).toBeLessThanOrEqual(LIMITS.imageSide + 1e-6);
    expect(w * h).toBeLessThanOrEqual(LIMITS.imagePixels + 1e-3);
  });

  it.each([
    [0, 842],
    [595, -5],
    [Number.NaN, 842],
  ])('calls a page of %s × %s damaged', (width, height) => {
    expect(problemCodeOf(() => renderScale(width, height, 200))).toBe('pdf-corrupt');
  });
});
