import { toHalfWidth } from '../invoice/normalise';
import { textOf } from './dom-text';
import { NOT_RESULT_AREA, PAGER_CURRENT, PAGER_SIZE, PAGER_TOTAL } from './selectors';

export interface PagerState {
  total: number | null;
  pageNumber: number | null;
  pageSize: number | null;
}

function firstOutsideDialogs(root: ParentNode, selector: string): Element | null {
  for (const el of root.querySelectorAll(selector)) if (!el.closest(NOT_RESULT_AREA)) return el;
  return null;
}

function int(text: string, re: RegExp): number | null {
  const m = re.exec(toHalfWidth(text));
  if (!m?.[1]) return null;
  const n = Number(m[1].replace(/,/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}

/** TDesign's select shows its value in an input ("10 条/页"); a native select in its chosen option. */
function shownText(el: Element): string {
  const native = el.querySelector('select');
  if (native) return textOf(native.options[native.selectedIndex] ?? null);
  const input = el.querySelector('input');
  return `${input?.getAttribute('value') ?? ''} ${input && 'value' in input ? String(input.value) : ''} ${textOf(el)}`;
}

/** Reads the TDesign pager under `root` ("共 N 条", current page, page size). */
export function readPager(root: ParentNode): PagerState {
  const total = firstOutsideDialogs(root, PAGER_TOTAL);
  const current = firstOutsideDialogs(root, PAGER_CURRENT);
  const size = firstOutsideDialogs(root, PAGER_SIZE);
  return {
    total: total ? int(textOf(total), /共\s*([\d,]{1,13})\s*(?:条|项)/) : null,
    pageNumber: current ? int(textOf(current), /^\s*(\d{1,7})\s*$/) : null,
    pageSize: size ? int(shownText(size), /(\d{1,5})\s*条\s*\/\s*页/) : null,
  };
}
