/**
 * Turns RGBA pixels into the float CHW tensors PP-OCR expects. PaddleOCR feeds OpenCV images, so the planes are in
 * B, G, R order and its mean/std lists apply to them in that order.
 */
import { type Frame, rectFrame } from './oriented-rect';
import type { Rect, RgbaImage } from './types';

/** Per-plane affine map from an 8-bit value, B, G, R order. */
interface Normalisation {
  scale: readonly [number, number, number];
  bias: readonly [number, number, number];
}

function meanStd(mean: readonly [number, number, number], std: readonly [number, number, number]): Normalisation {
  return {
    scale: [1 / (255 * std[0]), 1 / (255 * std[1]), 1 / (255 * std[2])],
    bias: [-mean[0] / std[0], -mean[1] / std[1], -mean[2] / std[2]],
  };
}

const DET_NORM = meanStd([0.485, 0.456, 0.406], [0.229, 0.224, 0.225]);
const REC_NORM = meanStd([0.5, 0.5, 0.5], [0.5, 0.5, 0.5]);

/** Where one sampled image goes in a tensor laid out as [batch, 3, rows, rowStride]. */
interface Target {
  data: Float32Array;
  offset: number;
  width: number;
  height: number;
  rowStride: number;
}

/**
 * Bilinear sampling of the image under `frame` onto the target grid, pixel centres aligned as in cv2.resize
 * (INTER_LINEAR, which PaddleOCR uses; averaging several taps when shrinking changed nothing on the sample invoices).
 * Outside the image the edge pixels repeat.
 */
function sample(img: RgbaImage, frame: Frame, norm: Normalisation, to: Target): void {
  const { width: iw, height: ih, data: px } = img;
  const plane = to.height * to.rowStride;
  for (let oy = 0; oy < to.height; oy++) {
    const v = (oy + 0.5) / to.height;
    for (let ox = 0; ox < to.width; ox++) {
      const u = (ox + 0.5) / to.width;
      const sx = Math.min(iw - 1, Math.max(0, frame.x + u * frame.ux + v * frame.vx - 0.5));
      const sy = Math.min(ih - 1, Math.max(0, frame.y + u * frame.uy + v * frame.vy - 0.5));
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const x1 = Math.min(iw - 1, x0 + 1);
      const y1 = Math.min(ih - 1, y0 + 1);
      const fx = sx - x0;
      const fy = sy - y0;
      const w00 = (1 - fx) * (1 - fy);
      const w01 = fx * (1 - fy);
      const w10 = (1 - fx) * fy;
      const w11 = fx * fy;
      const p00 = (y0 * iw + x0) * 4;
      const p01 = (y0 * iw + x1) * 4;
      const p10 = (y1 * iw + x0) * 4;
      const p11 = (y1 * iw + x1) * 4;
      const r = px[p00]! * w00 + px[p01]! * w01 + px[p10]! * w10 + px[p11]! * w11;
      const g = px[p00 + 1]! * w00 + px[p01 + 1]! * w01 + px[p10 + 1]! * w10 + px[p11 + 1]! * w11;
      const b = px[p00 + 2]! * w00 + px[p01 + 2]! * w01 + px[p10 + 2]! * w10 + px[p11 + 2]! * w11;
      const at = to.offset + oy * to.rowStride + ox;
      to.data[at] = b * norm.scale[0] + norm.bias[0];
      to.data[at + plane] = g * norm.scale[1] + norm.bias[1];
      to.data[at + 2 * plane] = r * norm.scale[2] + norm.bias[2];
    }
  }
}

/** Copy of the part of `img` inside `r` (rounded to whole pixels and clipped to the image). */
export function cropImage(img: RgbaImage, r: Rect): RgbaImage {
  const x0 = Math.max(0, Math.round(r.x));
  const y0 = Math.max(0, Math.round(r.y));
  const x1 = Math.min(img.width, Math.round(r.x + r.w));
  const y1 = Math.min(img.height, Math.round(r.y + r.h));
  const width = Math.max(0, x1 - x0);
  const height = Math.max(0, y1 - y0);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const from = ((y0 + y) * img.width + x0) * 4;
    data.set(img.data.subarray(from, from + width * 4), y * width * 4);
  }
  return { width, height, data };
}

/**
 * Detector input size, as PaddleOCR's DetResizeForTest (limit_type "max"): shrink so the long side is at most
 * `limit`, never enlarge, then round each side to a multiple of 32 because the network downsamples 32×.
 */
export function detInputSize(width: number, height: number, limit: number): { width: number; height: number } {
  const ratio = Math.max(width, height) > limit ? limit / Math.max(width, height) : 1;
  const to32 = (n: number) => Math.max(32, Math.round(Math.floor(n * ratio) / 32) * 32);
  return { width: to32(width), height: to32(height) };
}

/** [1, 3, height, width] detector input for the whole image. */
export function detTensorData(img: RgbaImage, width: number, height: number): Float32Array {
  const data = new Float32Array(3 * width * height);
  sample(img, rectFrame({ x: 0, y: 0, w: img.width, h: img.height }), DET_NORM, {
    data,
    offset: 0,
    width,
    height,
    rowStride: width,
  });
  return data;
}

export const REC_HEIGHT = 48;
/**
 * Narrowest recogniser batch. PaddleOCR pads every batch to 320 (rec_image_shape 3,48,320), which on invoices, full of
 * one- to three-character boxes, costs about 50% more time and read nothing better on the samples; without any
 * padding lone characters lose confidence and are sometimes misread.
 */
const REC_MIN_WIDTH = 96;

/** Width a crop takes once scaled to the recogniser's height. */
export function recWidth(crop: Frame): number {
  return Math.max(1, Math.ceil((REC_HEIGHT * Math.hypot(crop.ux, crop.uy)) / Math.hypot(crop.vx, crop.vy)));
}

/**
 * Input width for a batch: its widest crop, rounded up to a multiple of 8 because the recogniser emits one step per
 * 8 columns and would drop a partial one.
 */
export function recBatchWidth(crops: readonly Frame[]): number {
  return Math.ceil(Math.max(REC_MIN_WIDTH, ...crops.map(recWidth)) / 8) * 8;
}

/**
 * [crops.length, 3, 48, width] recogniser input. Each crop keeps its aspect ratio and is left-aligned; the rest stays
 * 0, which is mid-grey after normalisation, as PaddleOCR pads.
 */
export function recTensorData(img: RgbaImage, crops: readonly Frame[], width: number): Float32Array {
  const perCrop = 3 * REC_HEIGHT * width;
  const data = new Float32Array(crops.length * perCrop);
  crops.forEach((crop, i) => {
    sample(img, crop, REC_NORM, {
      data,
      offset: i * perCrop,
      width: recWidth(crop),
      height: REC_HEIGHT,
      rowStride: width,
    });
  });
  return data;
}
