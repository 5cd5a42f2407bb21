const BOMS: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Text of a CSV or TSV file. A BOM decides; otherwise UTF-8 when the bytes are valid UTF-8, else GB18030, the superset
 * of the GBK/GB2312 that Excel on Chinese Windows writes ("CSV (逗号分隔)").
 */
export function decodeText(bytes: Uint8Array): string {
  for (const bom of BOMS) {
    if (startsWith(bytes, bom.bytes)) return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.bytes.length));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
