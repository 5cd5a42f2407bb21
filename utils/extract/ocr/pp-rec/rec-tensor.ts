import { scale } from '../../image/gray';
import type { GrayImage } from '../../raster';

/** The recogniser reads lines 48 pixels high. */
export const REC_HEIGHT = 48;
/**
 * Narrowest input: without some padding a lone character loses confidence. The width is a multiple of 8, because
 * the recogniser emits one step per 8 columns and would drop a partial one.
 */
const MIN_WIDTH = 96;

export interface RecInput {
  data: Float32Array;
  width: number;
}

/**
 * A one-line crop as PP-OCR's recogniser takes it: scaled to 48 pixels high keeping its aspect, grey in all three
 * planes, (v / 255 − 0.5) / 0.5, left-aligned in a [1, 3, 48, width] tensor whose padding is 0 (mid-grey), as
 * PaddleOCR pads.
 */
export function recInput(line: GrayImage): RecInput {
  const scaled = scale(line, REC_HEIGHT / line.height);
  const width = Math.ceil(Math.max(MIN_WIDTH, scaled.width) / 8) * 8;
  const plane = REC_HEIGHT * width;
  const data = new Float32Array(3 * plane);
  for (let y = 0; y < REC_HEIGHT; y++) {
    for (let x = 0; x < scaled.width; x++) {
      const v = scaled.data[y * scaled.width + x]! / 127.5 - 1;
      const at = y * width + x;
      data[at] = v;
      data[at + plane] = v;
      data[at + 2 * plane] = v;
    }
  }
  return { data, width };
}
