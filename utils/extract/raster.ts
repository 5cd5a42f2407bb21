/** Decoded pixels, RGBA, 4 bytes a pixel: what canvases and decoders hand out. */
export interface RasterImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** One byte a pixel, 0 black to 255 white: what QR finding and OCR preprocessing work on. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
