import { attr, children, textOf, type XmlValue } from '../xml';

/** A text object of an OFD page: its ID, text and box (millimetres from the page's top-left). */
export interface OfdText {
  id: string;
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

function box(boundary: string): [number, number, number, number] {
  const [x = 0, y = 0, w = 0, h = 0] = boundary.trim().split(/\s+/).map(Number);
  return [x, y, w, h];
}

/** Every TextObject in a page or template content tree, in document order; layers and groups nest them. */
export function collectTexts(node: XmlValue | undefined, into: OfdText[] = []): OfdText[] {
  if (node === undefined || typeof node === 'string') return into;
  if (Array.isArray(node)) {
    for (const n of node) collectTexts(n, into);
    return into;
  }
  for (const [name, value] of Object.entries(node)) {
    if (name.startsWith('@_') || name === '#text') continue;
    if (name !== 'TextObject') {
      collectTexts(value, into);
      continue;
    }
    for (const obj of Array.isArray(value) ? value : [value]) {
      const text = children(obj, 'TextCode').map(textOf).join('');
      const [x, y, w, h] = box(attr(obj, 'Boundary'));
      into.push({ id: attr(obj, 'ID'), text, x, y, w, h });
    }
  }
  return into;
}
