import { expect, it } from 'vitest';
import { eraseRules } from './erase-rules';

it('whitens table borders and keeps the characters between them', () => {
  const width = 40;
  const height = 20;
  const data = new Uint8Array(width * height).fill(255);
  for (let x = 0; x < width; x++) data[x] = 0;
  for (let y = 0; y < height; y++) data[y * width + 1] = 0;
  for (let y = 6; y < 14; y++) for (let x = 10; x < 14; x++) data[y * width + x] = 0;
  const out = eraseRules({ width, height, data });
  expect(out.data[5]).toBe(255);
  expect(out.data[10 * width + 1]).toBe(255);
  expect(out.data[10 * width + 11]).toBe(0);
});
