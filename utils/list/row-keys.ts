/**
 * The row a key press on a focused row moves to, or null when the key is not a move. `pageRows` is how many rows the
 * list shows at once, for Page Up and Page Down.
 */
export function movedRow(key: string, current: number, count: number, pageRows: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  const clamp = (i: number) => Math.min(Math.max(i, 0), last);
  switch (key) {
    case 'ArrowDown':
      return clamp(current + 1);
    case 'ArrowUp':
      return clamp(current - 1);
    case 'PageDown':
      return clamp(current + Math.max(pageRows - 1, 1));
    case 'PageUp':
      return clamp(current - Math.max(pageRows - 1, 1));
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
