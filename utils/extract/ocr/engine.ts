import type { GrayImage, Rect } from '../raster';

/** A word the engine read, with its box in the image's pixels. */
export interface OcrWord {
  text: string;
  /** 0..1 */
  confidence: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** What characters a field can hold: the engine is told, so it cannot read a digit as a look-alike letter. */
export type OcrCharset = 'any' | 'digits' | 'amount' | 'tax-id' | 'date' | 'capital';

export interface OcrRequest {
  /** A page of text, one block, or one line (a cropped field). */
  layout: 'page' | 'block' | 'line';
  charset: OcrCharset;
  region?: Rect;
}

/** An OCR engine behind the one call the invoice reader makes; tesseract.js in the product, others in the bench. */
export interface OcrEngine {
  readonly name: string;
  /** How many pages it reads at once (one worker each); a page is split into this many bands. */
  readonly pageLanes?: number;
  recognise(image: GrayImage, request: OcrRequest): Promise<OcrWord[]>;
  close(): Promise<void>;
}
