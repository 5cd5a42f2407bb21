import { describe, expect, it, vi } from 'vitest';
import { ppRecEngine, type RunRecogniser } from './pp-rec-engine';
import { recInput } from './rec-tensor';

const DICTIONARY = ['１', '2', '¥'].join('\n');

describe('PP-OCR recogniser', () => {
  it('scales a line to 48 pixels high in three grey planes, padded to a multiple of 8', () => {
    const line = { width: 100, height: 24, data: new Uint8Array(2400).fill(255) };
    const { data, width } = recInput(line);
    expect(width).toBe(200);
    expect(data.length).toBe(3 * 48 * 200);
    expect(data[0]).toBeCloseTo(1);
    expect(data[48 * 200 + 199]).toBeCloseTo(1);
  });

  it('decodes the model’s steps into text folded with NFKC', async () => {
    // Classes: blank, １, 2, ¥, space. Steps read ¥ ¥ blank １ 2.
    const steps = [3, 3, 0, 1, 2];
    const probs = new Float32Array(steps.length * 5);
    steps.forEach((c, t) => (probs[t * 5 + c] = 0.9));
    const run = vi.fn<RunRecogniser>(async () => ({ data: probs, dims: [1, steps.length, 5] }));
    const engine = ppRecEngine(run, DICTIONARY, async () => undefined);
    const words = await engine.recognise({ width: 40, height: 20, data: new Uint8Array(800) }, { layout: 'line', charset: 'amount' });
    expect(words).toEqual([{ text: '¥12', confidence: expect.closeTo(0.9), x: 0, y: 0, w: 40, h: 20 }]);
    expect(run.mock.calls[0]![1]).toEqual([1, 3, 48, 96]);
  });

  it('refuses a whole page: it reads lines whose place is known', async () => {
    const engine = ppRecEngine(vi.fn(), DICTIONARY, async () => undefined);
    await expect(engine.recognise({ width: 4, height: 4, data: new Uint8Array(16) }, { layout: 'page', charset: 'any' })).rejects.toThrow();
  });
});
