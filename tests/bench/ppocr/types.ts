/** RGBA pixels, laid out as canvas `ImageData` gives them. */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}

/** Axis-aligned rectangle in pixels; x, y is the top-left corner. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
