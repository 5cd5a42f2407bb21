import type { Problem } from '../../invoice/model';
import { readingsOf } from '../combine';
import { fileError } from '../extract-error';
import { qrReadings } from '../qr/qr-readings';
import type { DraftField, Reading } from '../types';
import { readInvoiceXml } from '../xml-invoice/read-invoice-xml';
import { at, attr, children, parseXml, textOf, type XmlNode, type XmlValue } from '../xml';
import { readZip } from '../zip';
import { CUSTOM_DATA_FIELDS, CUSTOM_TAG_FIELDS } from './ofd-names';
import { collectTexts, type OfdText } from './page-text';

export interface OfdContent {
  readings: Reading[];
  /** Text objects of the first page, for reading by position when the file carries no structured data. */
  firstPage: OfdText[];
  problems: Problem[];
}

const notOfd = () =>
  fileError('ofd-invalid', '这不是有效的 OFD 发票文件（缺少 OFD.xml）。', 'This is not a valid OFD invoice file (no OFD.xml).');

function isWanted(name: string): boolean {
  return name === 'OFD.xml' || /\.xml$/i.test(name);
}

function customData(ofd: XmlNode): Partial<Record<DraftField, string>> {
  const values: Partial<Record<DraftField, string>> = {};
  for (const item of children(at(ofd, 'OFD', 'DocBody', 'DocInfo', 'CustomDatas'), 'CustomData')) {
    const field = CUSTOM_DATA_FIELDS[attr(item, 'Name')];
    if (field) values[field] = field === 'checkCode' ? textOf(item).replace(/\s/g, '') : textOf(item);
  }
  return values;
}

/** Walks a CustomTag tree: each known element names a field and points (ObjectRef) at the page texts that show it. */
function tagFields(node: XmlValue | undefined, texts: Map<string, string>, into: Partial<Record<DraftField, string>>): void {
  if (node === undefined || typeof node === 'string') return;
  if (Array.isArray(node)) {
    for (const n of node) tagFields(n, texts, into);
    return;
  }
  for (const [name, value] of Object.entries(node)) {
    if (name.startsWith('@_') || name === '#text') continue;
    const field = CUSTOM_TAG_FIELDS[name];
    if (field && !into[field]) {
      const refs = children(value, 'ObjectRef').map((ref) => texts.get(textOf(ref).trim()) ?? '');
      const text = refs.join('').replace(/[¥￥\s]/g, '');
      if (text) into[field] = text;
    } else {
      tagFields(value, texts, into);
    }
  }
}

function pageOrder(name: string): number {
  return Number(/Page_(\d+)/.exec(name)?.[1] ?? Infinity);
}

/**
 * Reads an OFD invoice: the CustomData of OFD.xml (数电 and most legacy files), the CustomTag pointers into the page
 * text (names and 价税合计, which CustomData lacks), and an attached invoice XML (legacy original_invoice.xml with its
 * QR payload, or XBRL). Each is a separate source, so they cross-check each other.
 */
export function readOfd(bytes: Uint8Array): OfdContent {
  const entries = readZip(bytes, isWanted);
  const root = entries.get('OFD.xml');
  if (!root) throw notOfd();
  const ofd = parseXml(root);
  const docRoot = textOf(at(ofd, 'OFD', 'DocBody', 'DocRoot')).replace(/^\/+/, '');
  const base = docRoot.includes('/') ? docRoot.slice(0, docRoot.lastIndexOf('/') + 1) : '';
  const inDoc = (pattern: RegExp) =>
    [...entries.keys()].filter((name) => name.startsWith(base) && pattern.test(name.slice(base.length)));

  const problems: Problem[] = [];
  const readings: Reading[] = readingsOf(customData(ofd), 'ofd');

  const textById = new Map<string, string>();
  let firstPage: OfdText[] = [];
  const pages = inDoc(/^(Pages|Tpls)\/[^/]+\/Content\.xml$/i).sort((a, b) => pageOrder(a) - pageOrder(b));
  for (const name of pages) {
    const texts = collectTexts(parseXml(entries.get(name)!));
    for (const t of texts) textById.set(t.id, t.text);
    if (/Pages\/Page_0\//i.test(name) || (firstPage.length === 0 && /Pages\//i.test(name))) firstPage = texts;
  }
  const fromTags: Partial<Record<DraftField, string>> = {};
  for (const name of inDoc(/^Tags\/(?!CustomTags\.xml$)[^/]+\.xml$/i)) tagFields(parseXml(entries.get(name)!), textById, fromTags);
  readings.push(...readingsOf(fromTags, 'ofd'));

  for (const name of inDoc(/^Attachs\/(?!Attachments\.xml$)[^/]+\.xml$/i)) {
    const fields = readInvoiceXml(parseXml(entries.get(name)!));
    if (!fields) continue;
    const { qr, ...rest } = fields;
    readings.push(...readingsOf(rest, 'xml'));
    if (qr) {
      const fromQr = qrReadings(qr);
      readings.push(...fromQr.readings);
      problems.push(...fromQr.problems);
    }
  }
  return { readings, firstPage, problems };
}
