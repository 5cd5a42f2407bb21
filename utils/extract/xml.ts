import { XMLParser } from 'fast-xml-parser';
import { fileError } from './extract-error';
import { formatBytes, LIMITS } from './limits';

/** A parsed element: attributes under `@_name`, text under `#text`, children by local name (arrays when repeated). */
export type XmlNode = { [name: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlValue[];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  // Invoice numbers have 20 digits and codes leading zeros: every value stays the text it was.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
});

/**
 * Parses untrusted XML. Invoice XML never declares a DTD, so any DOCTYPE or ENTITY is refused before parsing:
 * that shuts out entity expansion ("billion laughs") and external entities whatever the parser would do.
 */
export function parseXml(bytes: Uint8Array): XmlNode {
  if (bytes.byteLength > LIMITS.xmlBytes) {
    throw fileError(
      'xml-too-large',
      `XML 内容有 ${formatBytes(bytes.byteLength)}，超过上限 ${formatBytes(LIMITS.xmlBytes)}。`,
      `The XML is ${formatBytes(bytes.byteLength)}, more than the limit of ${formatBytes(LIMITS.xmlBytes)}.`,
    );
  }
  const text = decodeXml(bytes);
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw fileError('xml-doctype', 'XML 含有 DOCTYPE/ENTITY 声明，发票文件不会这样写，已拒绝。', 'The XML declares a DOCTYPE or ENTITY, which invoice files never do; refused.');
  }
  try {
    return parser.parse(text, true) as XmlNode;
  } catch {
    throw fileError('xml-invalid', 'XML 格式不正确（标签不完整或嵌套错误），无法读取。', 'The XML is malformed (unclosed or mis-nested tags) and cannot be read.');
  }
}

/** UTF-8 unless the declaration says GBK/GB2312/GB18030, which older invoice software still writes. */
function decodeXml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /encoding=["']([\w-]+)["']/i.exec(head)?.[1]?.toLowerCase();
  const encoding = declared && /^(gbk|gb2312|gb18030)$/.test(declared) ? 'gb18030' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

/** The text of a node that may be a plain string, an element with `#text`, or missing. */
export function textOf(value: XmlValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).join('');
  const text = value['#text'];
  return typeof text === 'string' ? text : '';
}

/** Children named `name`, always as an array. */
export function children(node: XmlValue | undefined, name: string): XmlValue[] {
  if (node === undefined || typeof node === 'string' || Array.isArray(node)) return [];
  const v = node[name];
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

/** The first element found by following `path` (local names), or undefined. */
export function at(node: XmlValue | undefined, ...path: string[]): XmlValue | undefined {
  let current: XmlValue | undefined = node;
  for (const name of path) current = children(current, name)[0];
  return current;
}

export function attr(node: XmlValue | undefined, name: string): string {
  if (node === undefined || typeof node === 'string' || Array.isArray(node)) return '';
  const v = node[`@_${name}`];
  return typeof v === 'string' ? v : '';
}
