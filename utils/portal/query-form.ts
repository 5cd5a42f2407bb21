import { normaliseDate } from '../invoice/normalise';
import type { Direction } from '../invoice/model';
import { textOf } from './dom-text';
import { readPager } from './pager';
import { statusCodeFromText, typeCodeFromText } from './portal-codes';
import type { ParsedQuery } from './query-request';
import {
  FORM_CHOSEN,
  FORM_DIRECTION,
  FORM_ITEM,
  FORM_LABEL,
  LABEL_DIRECTION,
  LABEL_STATUS,
  LABEL_TYPE,
  PLACEHOLDER_DATE_FROM,
  PLACEHOLDER_DATE_TO,
} from './selectors';

function inputValue(input: Element): string {
  // The property holds what the user picked; the attribute only the initial value (or a static page's value).
  const prop = 'value' in input ? String(input.value) : '';
  return prop !== '' ? prop : (input.getAttribute('value') ?? '');
}

function formItem(root: ParentNode, label: string): Element | null {
  for (const item of root.querySelectorAll(FORM_ITEM)) {
    if (textOf(item.querySelector(FORM_LABEL)).includes(label)) return item;
  }
  return null;
}

/** What the control shows as chosen: checked radios / tags if any, else the input's value. */
function chosenTexts(item: Element): string[] {
  const chosen = [...item.querySelectorAll(FORM_CHOSEN)].map((el) => textOf(el)).filter((t) => t !== '');
  if (chosen.length > 0) return chosen;
  return [...item.querySelectorAll('input')].map(inputValue).filter((t) => t !== '');
}

function direction(root: ParentNode): Direction | null {
  const item = root.querySelector(FORM_DIRECTION) ?? formItem(root, LABEL_DIRECTION);
  if (!item) return null;
  const shown = chosenTexts(item).join(' ');
  const issued = shown.includes('开具');
  const received = shown.includes('取得');
  return issued === received ? null : issued ? 'issued' : 'received';
}

function date(root: ParentNode, placeholder: string): string | null {
  const input = root.querySelector(`input[placeholder*="${placeholder}"]`);
  return input ? normaliseDate(inputValue(input)) : null;
}

function codes(root: ParentNode, label: string, fromText: (t: string) => string | null): string[] {
  const item = formItem(root, label);
  if (!item) return [];
  const texts = chosenTexts(item).flatMap((t) => t.split(/[,，、]/));
  // A collapsed multi-select shows "+3" instead of the rest: the full choice is unknown, so report "all".
  if (texts.some((t) => /^\+\s*\d+$/.test(t.trim()))) return [];
  const out: string[] = [];
  for (const t of texts) {
    const code = fromText(t);
    if (code !== null && !out.includes(code)) out.push(code);
  }
  return out;
}

/** The query as the visible 全量发票查询 form and pager show it; used when the request body was not caught. */
export function readQueryForm(root: ParentNode): ParsedQuery {
  const pager = readPager(root);
  return {
    direction: direction(root),
    dateFrom: date(root, PLACEHOLDER_DATE_FROM),
    dateTo: date(root, PLACEHOLDER_DATE_TO),
    statusCodes: codes(root, LABEL_STATUS, statusCodeFromText),
    typeCodes: codes(root, LABEL_TYPE, typeCodeFromText),
    pageNumber: pager.pageNumber,
    pageSize: pager.pageSize,
    encrypted: false,
    narrowedBy: [],
    numberFilter: null,
  };
}
