import type { OcrEngine } from './engine';

/** Several instances of one engine (one worker each), each request going to the first free one. */
export function enginePool(engines: readonly OcrEngine[]): OcrEngine {
  const free = [...engines];
  const waiting: Array<(engine: OcrEngine) => void> = [];
  const take = () => new Promise<OcrEngine>((resolve) => (free.length ? resolve(free.pop()!) : waiting.push(resolve)));
  const give = (engine: OcrEngine) => (waiting.length ? waiting.shift()!(engine) : free.push(engine));
  return {
    name: `${engines[0]?.name ?? 'OCR'} ×${engines.length}`,
    pageLanes: engines.length,
    async recognise(image, request) {
      const engine = await take();
      try {
        return await engine.recognise(image, request);
      } finally {
        give(engine);
      }
    },
    close: async () => {
      await Promise.all(engines.map((e) => e.close()));
    },
  };
}
