import type { OcrEngine } from './engine';

/**
 * Tesseract reads the whole page (it finds the lines and their labels fast); PP-OCR's recogniser takes the closer
 * looks at single fields, where it misreads far less (¥ fused with a digit, capital numerals). The bench's figures
 * are in the README.
 */
export function hybridEngine(page: OcrEngine, lines: OcrEngine): OcrEngine {
  return {
    name: `${page.name} + ${lines.name}`,
    ...(page.pageLanes === undefined ? {} : { pageLanes: page.pageLanes }),
    recognise: (image, request) => (request.layout === 'line' ? lines : page).recognise(image, request),
    close: async () => {
      await Promise.all([page.close(), lines.close()]);
    },
  };
}

/** Tesseract workers for the page pass: one per core, two at most (a third band saves little and costs memory). */
export function pageLanes(cores: number | undefined): number {
  return Math.max(1, Math.min(2, cores ?? 1));
}
