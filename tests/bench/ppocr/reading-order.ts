import type { Rect } from './types';

/**
 * Orders text boxes top-to-bottom, then left-to-right within a row. A box joins the current row when its vertical
 * centre falls inside the row's first box: unlike PaddleOCR's fixed 10 px tolerance this does not depend on the
 * image's resolution.
 */
export function sortReadingOrder<T extends { box: Rect }>(items: readonly T[]): T[] {
  const byTop = [...items].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  const rows: T[][] = [];
  let rowTop = 0;
  let rowBottom = -Infinity;
  for (const item of byTop) {
    const centre = item.box.y + item.box.h / 2;
    const row = rows.at(-1);
    if (row && centre <= rowBottom && centre >= rowTop) {
      row.push(item);
    } else {
      rows.push([item]);
      rowTop = item.box.y;
      rowBottom = item.box.y + item.box.h;
    }
  }
  return rows.flatMap((row) => row.sort((a, b) => a.box.x - b.box.x));
}
