import { describe, expect, it } from 'vitest';
import { cropImage, detInputSize, recBatchWidth, recTensorData, recWidth } from './image-tensor';
import type { RgbaImage } from './types';

function solid(width: number, height: number, rgba: [number, number, number, number]): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set(rgba, i);
  return { width, height, data };
}

describe('detInputSize', () => {
  it('shrinks the long side to the limit and rounds both sides to multiples of 32', () => {
    expect(detInputSize(3150, 2100, 960)).toEqual({ width: 960, height: 640 });
    expect(detInputSize(1045, 716, 960)).toEqual({ width: 960, height: 672 });
  });

  it('never enlarges a small image beyond rounding', () => {
    expect(detInputSize(1045, 716, 1280)).toEqual({ width: 1056, height: 704 });
    expect(detInputSize(10, 10, 960)).toEqual({ width: 32, height: 32 });
  });
});

describe('cropImage', () => {
  it('copies the pixels inside the rectangle, clipped to the image', () => {
    const img = solid(4, 3, [0, 0, 0, 255]);
    img.data.set([9, 8, 7, 255], (2 * 4 + 3) * 4);
    const crop = cropImage(img, { x: 2, y: 1, w: 5, h: 5 });
    expect([crop.width, crop.height]).toEqual([2, 2]);
    expect([...crop.data.subarray(12, 16)]).toEqual([9, 8, 7, 255]);
  });
});

describe('recognition input', () => {
  const frame = (w: number, h: number) => ({ x: 0, y: 0, ux: w, uy: 0, vx: 0, vy: h });

  it('scales crops to height 48 keeping their aspect, along the frame however it is turned', () => {
    expect(recWidth(frame(100, 24))).toBe(200);
    expect(recWidth({ x: 0, y: 0, ux: 0, uy: 100, vx: -24, vy: 0 })).toBe(200);
  });

  it('sizes a batch by its widest crop, at least 96 and in steps of 8', () => {
    expect(recBatchWidth([frame(10, 48), frame(20, 48)])).toBe(96);
    expect(recBatchWidth([frame(10, 48), frame(201, 48)])).toBe(208);
  });

  it('writes B, G, R planes scaled to [-1, 1] and pads with 0', () => {
    const img = solid(96, 48, [255, 0, 51, 255]);
    const data = recTensorData(img, [frame(48, 48)], 96);
    const plane = 48 * 96;
    expect(data[0]).toBeCloseTo(51 / 127.5 - 1);
    expect(data[plane]).toBeCloseTo(-1);
    expect(data[2 * plane]).toBeCloseTo(1);
    expect(data[47]).toBeCloseTo(51 / 127.5 - 1);
    expect(data[48]).toBe(0);
  });

  it('reads a turned crop with the top of the source on its left', () => {
    // Top half white, bottom half black; turned counter-clockwise the white ends up on the left.
    const img = solid(8, 16, [0, 0, 0, 255]);
    img.data.fill(255, 0, 8 * 8 * 4);
    const data = recTensorData(img, [{ x: 8, y: 0, ux: 0, uy: 16, vx: -8, vy: 0 }], 96);
    expect(data[0]).toBeCloseTo(1);
    expect(data[95]).toBeCloseTo(-1);
  });
});
