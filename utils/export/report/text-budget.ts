/** Lines of a text that may be cut short: the most important first, and the line saying how many were left out. */
export interface TextList {
  lines: readonly string[];
  /** Most lines shown even when there is room. */
  max: number;
  more: (left: number) => string;
}

export type TextPart = string | TextList;

/** Characters as a chat box counts them (a CJK character or an emoji is one). */
export function textLength(s: string): number {
  let surrogates = 0;
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xfc00) === 0xd800) surrogates++;
  return s.length - surrogates;
}

export function clip(s: string, max: number): string {
  // Code points never outnumber UTF-16 units: the common short case needs no counting.
  if (s.length <= max || textLength(s) <= max) return s;
  return `${[...s].slice(0, max - 1).join('')}…`;
}

/** sizes[n]: characters in the first n lines, a newline after each. */
function runningSizes(lines: readonly string[]): number[] {
  const sizes = [0];
  for (const line of lines) sizes.push((sizes.at(-1) ?? 0) + textLength(line) + 1);
  return sizes;
}

function render(parts: readonly TextPart[], shownOf: (l: TextList) => number): string {
  return parts
    .flatMap((p) => {
      if (typeof p === 'string') return [p];
      const n = shownOf(p);
      const left = p.lines.length - n;
      return left > 0 ? [...p.lines.slice(0, n), p.more(left)] : p.lines.slice(0, n);
    })
    .join('\n');
}

/** A list as it will be shown: its first n lines, then the line counting the rest. */
interface Shown {
  list: TextList;
  sizes: number[];
  n: number;
}

function shownSize(s: Shown): number {
  const left = s.list.lines.length - s.n;
  return (s.sizes[s.n] ?? 0) + (left > 0 ? textLength(s.list.more(left)) + 1 : 0);
}

/**
 * The parts, one a line, within `budget` characters: while the text is too long, the list showing the most lines
 * loses its last one. The plain lines are kept, so callers clip the unbounded values in them; a final clip only
 * guards the budget should they still not fit.
 */
export function fitText(parts: readonly TextPart[], budget: number): string {
  // Sizes are counted once and updated as lines go: this runs for every invoice the diagnosis escalates.
  const shown = new Map<TextList, Shown>();
  let fixed = 0;
  for (const p of parts) {
    if (typeof p === 'string') fixed += textLength(p) + 1;
    else shown.set(p, { list: p, sizes: runningSizes(p.lines), n: Math.min(p.max, p.lines.length) });
  }
  const lists = [...shown.values()];
  for (;;) {
    const size = lists.reduce((sum, s) => sum + shownSize(s), fixed) - 1;
    const fullest = lists.reduce<Shown | null>((best, s) => (s.n > (best?.n ?? 0) ? s : best), null);
    if (size <= budget || !fullest) break;
    fullest.n--;
  }
  return clip(render(parts, (l) => shown.get(l)?.n ?? 0), budget);
}
