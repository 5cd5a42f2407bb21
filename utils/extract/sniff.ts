import type { ImageFormat } from './image/dimensions';
import type { FileKind } from './types';

export type Sniffed = { kind: FileKind; image?: ImageFormat } | { kind: null; reason: 'tiff' | 'other-image' | 'unknown' };

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);

function textStart(b: Uint8Array): string {
  const skip = startsWith(b, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  return new TextDecoder('latin1').decode(b.subarray(skip, skip + 64)).trimStart();
}

/** The kind a file is, from its first bytes; the name only tells CSV from other text. Zips are told apart by their entries. */
export function sniffFile(bytes: Uint8Array, name: string, zipEntries: () => string[]): Sniffed {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { kind: 'pdf' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return { kind: 'image', image: 'png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'image', image: 'jpeg' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const entries = zipEntries();
    if (entries.some((e) => e.replace(/^\/+/, '') === 'OFD.xml')) return { kind: 'ofd' };
    if (entries.some((e) => e.startsWith('xl/'))) return { kind: 'xlsx' };
    return { kind: null, reason: 'unknown' };
  }
  // An old .xls or a password-protected workbook: the sheet reader tells which and what to do.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { kind: 'xlsx' };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return { kind: null, reason: 'tiff' };
  if (startsWith(bytes, [0x47, 0x49, 0x46]) || startsWith(bytes, [0x42, 0x4d]) || (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))) {
    return { kind: null, reason: 'other-image' };
  }
  if (textStart(bytes).startsWith('<')) return { kind: 'xml' };
  if (['csv', 'tsv', 'txt'].includes(ext)) return { kind: 'csv' };
  return { kind: null, reason: 'unknown' };
}
