/** A run of text at a place on the page, in any unit as long as one document uses one; y grows downwards. */
export interface TextItem {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** 0..1 for OCR words; absent for text the file carries. */
  confidence?: number;
}

/** Items on one visual line, left to right, with where each starts in `text`. */
export interface TextLine {
  items: TextItem[];
  /** The items' texts joined; a wide gap between two items becomes GAP so values never run into the next column. */
  text: string;
  /** Offset in `text` where each item starts. */
  starts: number[];
  y: number;
  h: number;
}

export const GAP = '\u2003';
