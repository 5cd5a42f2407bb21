import type { Rect } from '../raster';
import { GAP, type TextItem, type TextLine } from './text-item';

const centre = (i: TextItem) => i.y + i.h / 2;

function joinLine(items: TextItem[]): TextLine {
  items.sort((a, b) => a.x - b.x);
  let text = '';
  const starts: number[] = [];
  items.forEach((item, i) => {
    const prev = items[i - 1];
    if (prev) {
      const charWidth = Math.max(prev.h, item.h) * 0.5;
      const gap = item.x - (prev.x + prev.w);
      // A gap of several character widths separates columns; a small one is a space inside a value or a label.
      if (gap > charWidth * 3) text += GAP;
      else if (gap > charWidth * 0.3) text += ' ';
    }
    starts.push(text.length);
    text += item.text;
  });
  const top = Math.min(...items.map((i) => i.y));
  const bottom = Math.max(...items.map((i) => i.y + i.h));
  return { items, text, starts, y: top, h: bottom - top };
}

/** Groups items into visual lines: an item joins the line whose vertical centre it shares, within half its height. */
export function groupLines(items: readonly TextItem[]): TextLine[] {
  const sorted = items.filter((i) => i.text.trim() !== '').sort((a, b) => centre(a) - centre(b));
  const groups: TextItem[][] = [];
  let current: TextItem[] = [];
  let currentCentre = -Infinity;
  let currentHeight = 0;
  for (const item of sorted) {
    const tolerance = Math.max(Math.min(item.h, currentHeight || item.h) * 0.5, 0.0001);
    if (current.length && Math.abs(centre(item) - currentCentre) <= tolerance) {
      current.push(item);
      currentCentre = current.reduce((s, i) => s + centre(i), 0) / current.length;
    } else {
      if (current.length) groups.push(current);
      current = [item];
      currentCentre = centre(item);
      currentHeight = item.h;
    }
  }
  if (current.length) groups.push(current);
  return groups.map(joinLine);
}

/** The items a stretch of a line's text [start, end) was read from. */
function itemsIn(line: TextLine, start: number, end: number): TextItem[] {
  return line.items.filter((item, i) => {
    const from = line.starts[i] ?? 0;
    return from < end && from + item.text.length > start;
  });
}

/** The x coordinate of a character offset in a line's text, for telling left from right columns. */
export function xAt(line: TextLine, offset: number): number {
  let index = 0;
  for (let i = 0; i < line.starts.length; i++) if ((line.starts[i] ?? 0) <= offset) index = i;
  const item = line.items[index]!;
  const within = offset - (line.starts[index] ?? 0);
  return item.x + (item.text.length ? (item.w * Math.max(0, within)) / item.text.length : 0);
}

/** Where a stretch of text sits on the page, and how sure its reader was of it (the weakest item counts). */
export function spanOf(line: TextLine, start: number, end: number): { box: Rect; confidence: number } {
  const items = itemsIn(line, start, end);
  if (!items.length) return { box: { x: xAt(line, start), y: line.y, w: 0, h: line.h }, confidence: 1 };
  const x0 = Math.min(...items.map((i) => i.x));
  const y0 = Math.min(...items.map((i) => i.y));
  const x1 = Math.max(...items.map((i) => i.x + i.w));
  const y1 = Math.max(...items.map((i) => i.y + i.h));
  return { box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, confidence: Math.min(...items.map((i) => i.confidence ?? 1)) };
}
