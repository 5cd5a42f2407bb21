import { expect, it } from 'vitest';
import { sniffFile } from './sniff';

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);
const zip = bytes(0x50, 0x4b, 0x03, 0x04);

it.each([
  ['%PDF', text('%PDF-1.7'), 'a.bin', [], { kind: 'pdf' }],
  ['PNG', bytes(0x89, 0x50, 0x4e, 0x47), 'a', [], { kind: 'image', image: 'png' }],
  ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0), 'a', [], { kind: 'image', image: 'jpeg' }],
  ['OFD, by its OFD.xml entry', zip, 'a.zip', ['OFD.xml', 'Doc_0/Document.xml'], { kind: 'ofd' }],
  ['XLSX, by its xl/ entries', zip, 'a.ofd', ['[Content_Types].xml', 'xl/workbook.xml'], { kind: 'xlsx' }],
  ['an old .xls or encrypted workbook, left to the sheet reader', bytes(0xd0, 0xcf, 0x11, 0xe0), 'a.xls', [], { kind: 'xlsx' }],
  ['XML behind a BOM', text('\uFEFF <?xml version="1.0"?>'), 'a.txt', [], { kind: 'xml' }],
  ['CSV by name', text('发票号码,金额'), 'list.csv', [], { kind: 'csv' }],
  ['a zip of anything else', zip, 'a.zip', ['a.txt'], { kind: null, reason: 'unknown' }],
  ['TIFF', bytes(0x49, 0x49, 0x2a, 0), 'scan.tif', [], { kind: null, reason: 'tiff' }],
])('knows %s', (_label, data, name, entries, expected) => {
  expect(sniffFile(data, name, () => entries)).toEqual(expected);
});
