/**
 * Which rows of a long list to put in the DOM. Every row is `rowHeight` tall except at most one, `expanded`, which is
 * `extra` taller (the row being edited in place). Positions are measured from the top of the first row.
 */
export interface Layout {
  count: number;
  rowHeight: number;
  expanded?: { index: number; extra: number } | null;
}

export interface RowWindow {
  /** First row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
  /** Height of the rows above `start` and below `end`, kept as empty space so the scrollbar stays true. */
  before: number;
  after: number;
}

function extraOf(layout: Layout): number {
  const e = layout.expanded;
  return e && e.index >= 0 && e.index < layout.count ? e.extra : 0;
}

/** Where row `index` starts. */
export function rowTop(layout: Layout, index: number): number {
  const e = layout.expanded;
  return index * layout.rowHeight + (e && index > e.index ? extraOf(layout) : 0);
}

export function rowBottom(layout: Layout, index: number): number {
  return rowTop(layout, index + 1);
}

export function listHeight(layout: Layout): number {
  return layout.count * layout.rowHeight + extraOf(layout);
}

/** The row under position `y` (clamped to the list). */
export function rowAt(layout: Layout, y: number): number {
  if (layout.count === 0) return 0;
  const e = layout.expanded;
  const extra = extraOf(layout);
  let index = Math.floor(y / layout.rowHeight);
  if (e && extra && index > e.index) index = y < rowBottom(layout, e.index) ? e.index : Math.floor((y - extra) / layout.rowHeight);
  return Math.min(Math.max(index, 0), layout.count - 1);
}

/** The rows a viewport of `viewportHeight` scrolled to `scrollTop` shows, plus `overscan` rows either side. */
export function rowWindow(layout: Layout, scrollTop: number, viewportHeight: number, overscan: number): RowWindow {
  if (layout.count === 0) return { start: 0, end: 0, before: 0, after: 0 };
  const top = Math.min(Math.max(scrollTop, 0), Math.max(listHeight(layout) - viewportHeight, 0));
  const start = Math.max(rowAt(layout, top) - overscan, 0);
  const end = Math.min(rowAt(layout, top + Math.max(viewportHeight, 0) - 1) + 1 + overscan, layout.count);
  return { start, end, before: rowTop(layout, start), after: listHeight(layout) - rowTop(layout, end) };
}

/** The scroll position that shows row `index` whole, moving as little as possible (unchanged when it already shows). */
export function scrollToShow(layout: Layout, index: number, scrollTop: number, viewportHeight: number): number {
  const top = rowTop(layout, index);
  const bottom = rowBottom(layout, index);
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(bottom - viewportHeight, 0);
  return scrollTop;
}
