import { describe, expect, it } from 'vitest';
import { listHeight, rowAt, rowTop, rowWindow, scrollToShow, type Layout } from './virtual-window';

const flat: Layout = { count: 10_000, rowHeight: 36 };
/** Row 100 being edited, 120 px taller than a row. */
const editing: Layout = { ...flat, expanded: { index: 100, extra: 120 } };

describe('rowWindow', () => {
  it.each([
    ['at the top', flat, 0, { start: 0, end: 15, before: 0 }],
    ['scrolled to row 50', flat, 50 * 36, { start: 45, end: 65, before: 45 * 36 }],
    ['half a row into row 50', flat, 50 * 36 + 18, { start: 45, end: 66, before: 45 * 36 }],
    ['at the bottom', flat, 10_000 * 36 - 360, { start: 9985, end: 10_000, before: 9985 * 36 }],
    ['scrolled past the end (the list just shrank)', flat, 10_000_000, { start: 9985, end: 10_000, before: 9985 * 36 }],
    ['scrolled above the top (elastic scrolling)', flat, -200, { start: 0, end: 15, before: 0 }],
    ['with fewer rows than fit', { count: 3, rowHeight: 36 }, 0, { start: 0, end: 3, before: 0 }],
    ['with no rows', { count: 0, rowHeight: 36 }, 0, { start: 0, end: 0, before: 0 }],
    ['below an edited row', editing, 200 * 36 + 120, { start: 195, end: 215, before: 195 * 36 + 120 }],
    ['inside an edited row', editing, 100 * 36 + 100, { start: 95, end: 115, before: 95 * 36 }],
  ])('%s', (_, layout, scrollTop, expected) => {
    // 360 px show ten rows, plus five more either side.
    const w = rowWindow(layout, scrollTop, 360, 5);
    expect(w).toMatchObject(expected);
    // The space kept above and below plus the rows drawn always make the whole list's height.
    expect(w.before + (rowTop(layout, w.end) - rowTop(layout, w.start)) + w.after).toBe(listHeight(layout));
  });
});

describe('rowAt and rowTop', () => {
  it.each([
    [flat, 0, 0],
    [flat, 35, 0],
    [flat, 36, 1],
    [editing, 100 * 36, 100],
    [editing, 101 * 36 + 119, 100],
    [editing, 101 * 36 + 120, 101],
    [editing, 10_000_000, 9999],
    [{ count: 0, rowHeight: 36 }, 50, 0],
  ])('position %#', (layout, y, row) => {
    expect(rowAt(layout, y)).toBe(row);
  });

  it.each([
    [99, 99 * 36],
    [100, 100 * 36],
    [101, 101 * 36 + 120],
  ])('row %i starts at %i when row 100 is edited', (index, top) => {
    expect(rowTop(editing, index)).toBe(top);
  });

  it('ignores an edited row the list no longer holds', () => {
    expect(listHeight({ count: 10, rowHeight: 36, expanded: { index: 10, extra: 120 } })).toBe(360);
    expect(listHeight({ count: 10, rowHeight: 36, expanded: { index: -1, extra: 120 } })).toBe(360);
  });
});

describe('scrollToShow', () => {
  it.each([
    ['already shown', flat, 5, 0, 0],
    ['the last row that fits whole', flat, 9, 0, 0],
    ['just below', flat, 10, 0, 36],
    ['far below', flat, 500, 0, 491 * 36],
    ['above', flat, 3, 400, 3 * 36],
    ['below an edited row', editing, 110, 100 * 36, 101 * 36 + 120],
  ])('%s', (_, layout, index, scrollTop, expected) => {
    expect(scrollToShow(layout, index, scrollTop, 360)).toBe(expected);
  });
});
