import type { GrayImage } from '../raster';
import { crop } from './gray';
import { otsuThreshold } from './threshold';

/**
 * Cuts a page into `count` horizontal bands holding about as much ink each (so the workers reading them finish
 * together), each cut at the emptiest row nearby, so no line of text is cut in two (a table's vertical rules cross
 * every row; the emptiest row holds only them).
 */
export interface Band {
  band: GrayImage;
  /** Row of the page the band's first row is. */
  top: number;
  /** The rows whose words this band owns; the rest of it overlaps its neighbours. */
  from: number;
  to: number;
}

export function splitBands(image: GrayImage, count: number): Band[] {
  if (count <= 1) return [{ band: image, top: 0, from: 0, to: image.height }];
  const threshold = otsuThreshold(image);
  const ink = new Array<number>(image.height).fill(0);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) if (image.data[y * image.width + x]! <= threshold) ink[y]!++;
  }
  const total = ink.reduce((a, b) => a + b, 0);
  const cuts: number[] = [0];
  let row = 0;
  let sum = 0;
  for (let i = 1; i < count; i++) {
    while (row < image.height - 1 && sum + ink[row]! < (total * i) / count) sum += ink[row++]!;
    const centre = row;
    const reach = Math.round(image.height / (count * 5));
    let best = centre;
    for (let y = Math.max(cuts.at(-1)! + 1, centre - reach); y < Math.min(image.height, centre + reach); y++) {
      const emptier = ink[y]! < ink[best]!;
      const asEmptyButCloser = ink[y] === ink[best] && Math.abs(y - centre) < Math.abs(best - centre);
      if (emptier || asEmptyButCloser) best = y;
    }
    cuts.push(best);
  }
  cuts.push(image.height);
  // Each band reaches past its cut, so a slanted line the cut grazes is read whole in one of them.
  const overlap = Math.round(image.height * 0.03);
  return cuts.slice(0, -1).map((cut, i) => {
    const top = Math.max(0, cut - overlap);
    const bottom = Math.min(image.height, cuts[i + 1]! + overlap);
    return { band: crop(image, { x: 0, y: top, w: image.width, h: bottom - top }), top, from: cut, to: cuts[i + 1]! };
  });
}
