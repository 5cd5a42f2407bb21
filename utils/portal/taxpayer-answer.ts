import type { Taxpayer } from '../invoice/model';
import { normaliseTaxId, toHalfWidth } from '../invoice/normalise';
import { visibleText } from './dom-text';
import { exactText } from './exact-text';
import { parseLoweredJson } from './json';
import { TAXPAYER_HEADER } from './selectors';
import { field, scalar } from './untrusted';

/** 18 = unified social credit code; 15, 17 and 20 are older tax IDs still seen on the portal. */
const TAX_ID_RE = /^(?:[0-9A-Z]{15}|[0-9A-Z]{17,18}|[0-9A-Z]{20})$/;
const HEADER_CHARS = 2_000;
const BODY_CHARS = 50_000;

function taxId(raw: string): string | null {
  const id = normaliseTaxId(raw);
  return TAX_ID_RE.test(id) && /\d/.test(id) ? id : null;
}

function name(raw: string): string | undefined {
  const n = raw.replace(/\s+/g, ' ').trim();
  return n.length >= 2 && n.length <= 100 ? n : undefined;
}


/** Logged-in taxpayer from the getNsrjbxx answer (any key case). */
export function readTaxpayerAnswer(responseText: string | null, at: number): Taxpayer | null {
  const json = parseLoweredJson(responseText);
  if (!json.ok) return null;
  const data = field(field(json.value, 'response'), 'data');
  const nsrsbh = scalar(field(data, 'nsrsbh'), 200);
  const nsrmc = scalar(field(data, 'nsrmc'), 200);
  const id = taxId(exactText(nsrsbh));
  if (id === null) return null;
  const n = nsrmc === undefined ? undefined : name(String(nsrmc));
  return n === undefined ? { taxId: id, at } : { taxId: id, name: n, at };
}

// 销售方/购买方纳税人识别号 are table headers, not the logged-in taxpayer; hence the look-behind.
const LABELLED_ID = /(?<!方)(?:纳税人识别号|统一社会信用代码|税号)\s*[:：]?\s*([0-9A-Z]{15,20})(?![0-9A-Z])/;
/** Without a label only the two shapes that cannot be mistaken for an invoice number or a phone number. */
const BARE_ID = /(?<![0-9A-Z])([0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}|\d{6}[0-9A-Z]{8}[0-9X])(?![0-9A-Z])/;
const LABELLED_NAME = /(?:纳税人名称|企业名称|单位名称)\s*[:：]?\s*([^\s:：|｜]{2,60})/;
const ORGANISATION_NAME =
  /[\u4e00-\u9fa5A-Za-z0-9()（）]{2,60}?(?:有限责任公司|股份有限公司|有限公司|分公司|公司|集团|事务所|合作社|研究院|中心|医院|学校|大学|协会|商行|工作室|厂|店)/;

function fromText(text: string, allowBare: boolean, at: number): Taxpayer | null {
  const t = toHalfWidth(text);
  const match = LABELLED_ID.exec(t) ?? (allowBare ? BARE_ID.exec(t) : null);
  const id = match?.[1] ? taxId(match[1]) : null;
  if (id === null) return null;
  const rawName = LABELLED_NAME.exec(t)?.[1] ?? ORGANISATION_NAME.exec(t.replace(match?.[0] ?? '', ' '))?.[0];
  const n = rawName === undefined ? undefined : name(rawName);
  return n === undefined ? { taxId: id, at } : { taxId: id, name: n, at };
}

/** Logged-in taxpayer as the page header shows it; falls back to a labelled tax ID anywhere on the page. */
export function readTaxpayerFromHeader(doc: Document, at: number): Taxpayer | null {
  for (const selector of TAXPAYER_HEADER) {
    for (const el of doc.querySelectorAll(selector)) {
      const found = fromText(visibleText(el, HEADER_CHARS), true, at);
      if (found) return found;
    }
  }
  return doc.body ? fromText(visibleText(doc.body, BODY_CHARS), false, at) : null;
}
