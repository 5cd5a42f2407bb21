import { expect, it } from 'vitest';
import { splitBands } from './split-bands';

it('cuts between lines of text where the ink splits evenly, never through a line', () => {
  const width = 50;
  const height = 100;
  const data = new Uint8Array(width * height).fill(255);
  // Text lines at rows 10–14, 60–64, 70–74, 80–84: most ink is low on the page.
  for (const top of [10, 60, 70, 80]) for (let y = top; y < top + 5; y++) for (let x = 5; x < 45; x++) data[y * width + x] = 0;
  const bands = splitBands({ width, height, data }, 2);
  expect(bands.map((b) => [b.from, b.to])).toEqual([[0, 65], [65, 100]]);
  // Each band reaches 3 rows into its neighbour, so a slanted line is read whole in one of them.
  expect(bands.map((b) => [b.top, b.band.height])).toEqual([[0, 68], [62, 38]]);
  expect(splitBands({ width, height, data }, 1)).toEqual([{ band: { width, height, data }, top: 0, from: 0, to: 100 }]);
});
