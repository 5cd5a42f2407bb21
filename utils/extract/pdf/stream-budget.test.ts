import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { concat, deflateBomb, onePagePdf, pdfStream, zlibBomb, zlibOf } from '../fuzz/hostile-files';
import { LIMITS } from '../limits';
import { problemCodeOf } from '../test-problem-code';
import { checkPdfStreams } from './stream-budget';
import { decodedSize } from './stream-decoders';

const MB = 1024 * 1024;
const OVER = LIMITS.pdfInflatedBytes + 16 * MB;
const text = (s: string) => new TextEncoder().encode(s);
const page = (dict: string, data: Uint8Array | string) => onePagePdf('/MediaBox [0 0 595 842]', pdfStream(dict, data));

/** Run-length data repeating a space 128 times per two bytes. */
const runLengthBomb = (bytes: number) => new Uint8Array(2 * Math.ceil(bytes / 128)).map((_, i) => (i % 2 ? 0x20 : 0x81));

/**
 * LZW codes (9 to 12 bits) that spell ever longer runs of one byte: after "A", code 258 is "AA", 259 "AAA"… up to 4094,
 * then 4094 (3,838 bytes) `repeats` times. `earlyChange` decides when the code width grows, as in the decoder.
 */
function lzwBomb(earlyChange: number, repeats = Math.ceil(OVER / 3838)): Uint8Array {
  const codes = [65];
  for (let c = 258; c < 4095; c++) codes.push(c);
  for (let i = 0; i < repeats; i++) codes.push(4094);
  codes.push(257);
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  let next = 258;
  let width = 9;
  for (const [i, code] of codes.entries()) {
    value = (value << width) | code;
    bits += width;
    while (bits >= 8) {
      bits -= 8;
      out.push((value >>> bits) & 0xff);
    }
    value &= (1 << bits) - 1;
    if (i > 0) {
      next++;
      const reach = next + earlyChange;
      if ((reach & (reach - 1)) === 0) width = Math.min(Math.log2(reach) + 1, 12);
    }
  }
  if (bits) out.push((value << (8 - bits)) & 0xff);
  return Uint8Array.from(out);
}

/** A zlib stream whose first block is stored and holds the word `endstream`, then a bomb. */
const plantedEndstream = (size: number) => concat([new Uint8Array([0x78, 0xda, 0x00, 9, 0, 0xf6, 0xff]), text('endstream'), deflateBomb(size, 0x20)]);

const ascii85 = (bytes: Uint8Array) => {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4) {
    const chunk = [...bytes.subarray(i, i + 4)];
    const pad = 4 - chunk.length;
    while (chunk.length < 4) chunk.push(0);
    let v = ((chunk[0]! << 24) | (chunk[1]! << 16) | (chunk[2]! << 8) | chunk[3]!) >>> 0;
    const digits: string[] = [];
    for (let d = 0; d < 5; d++) {
      digits.unshift(String.fromCharCode(33 + (v % 85)));
      v = Math.floor(v / 85);
    }
    out += digits.slice(0, 5 - pad).join('');
  }
  return `${out}~>`;
};
const hex = (bytes: Uint8Array) => `${Buffer.from(bytes).toString('hex')}>`;

describe('decodedSize', () => {
  it.each([
    ['deflate', [{ name: 'flate' }], zlibOf(text('x'.repeat(10_000))), 10_000],
    ['run-length', [{ name: 'rl' }], new Uint8Array([2, 65, 66, 67, 0x81, 0x20, 128]), 3 + 128],
    ['ASCII hex', [{ name: 'ahx' }], text('41 42\n43>'), 3],
    ['ASCII85', [{ name: 'a85' }], text(ascii85(text('hello'))), 5],
    ['ASCII85 then deflate (both stages count)', [{ name: 'a85' }, { name: 'flate' }], text(ascii85(zlibOf(text('y'.repeat(5000))))), zlibOf(text('y'.repeat(5000))).length + 5000],
  ] as const)('counts %s output exactly', (_label, chain, data, size) => {
    expect(decodedSize(data, chain, 1e9)).toBe(size);
  });

  it.each([0, 1])('decodes LZW as pdf.js does (EarlyChange %i)', (earlyChange) => {
    // Code n spells n − 256 copies of "A": 1 + (2 + … + 3838) + 2,000 × 3838 bytes in all.
    const size = 1 + ((2 + 3838) * 3837) / 2 + 2000 * 3838;
    expect(decodedSize(lzwBomb(earlyChange, 2000), [{ name: 'lzw', earlyChange }], 1e12)).toBe(size);
  });

  it('stops counting at the limit, without building the output', () => {
    const before = process.memoryUsage().rss;
    expect(decodedSize(zlibBomb(4 * 1024 * MB), [{ name: 'flate' }], 64 * MB)).toBeGreaterThan(64 * MB);
    expect(decodedSize(zlibBomb(4 * 1024 * MB), [{ name: 'flate' }], 64 * MB)).toBeLessThan(66 * MB);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * MB);
  });

  it('stops at data that is not what its filter says', () => {
    expect(decodedSize(text('not deflate at all'), [{ name: 'flate' }], 1e9)).toBe(0);
  });
});

describe('checkPdfStreams', () => {
  it.each(['generated/pdf-text/shudian-normal-1.pdf', 'generated/pdf-text/e-special-1.pdf', 'generated/pdf-scan/paper-normal-1-scan-200dpi.pdf'])('lets a real invoice PDF through: %s', (path) => {
    expect(problemCodeOf(() => checkPdfStreams(new Uint8Array(readFileSync(`tests/fixtures/${path}`))))).toBeUndefined();
  });

  it.each([
    ['a deflated content stream', page('/Filter /FlateDecode', zlibBomb(OVER, 0x20))],
    ['the abbreviated /Fl, under the /F key pdf.js reads first', page('/F /Fl', zlibBomb(OVER, 0x20))],
    ['a filter name spelt with #-escapes', page('/Filter /Fl#61teDecode', zlibBomb(OVER, 0x20))],
    ['a bomb deflated twice', page('/Filter [/FlateDecode /FlateDecode]', zlibOf(zlibBomb(OVER, 0x20)))],
    ['a bomb in ASCII85', page('/Filter [/ASCII85Decode /FlateDecode]', ascii85(zlibBomb(OVER, 0x20)))],
    ['a bomb in ASCII hex', page('/Filter [/AHx /Fl]', hex(zlibBomb(OVER, 0x20)))],
    ['run-length', page('/Filter /RunLengthDecode', runLengthBomb(OVER))],
    ['LZW', page('/Filter /LZWDecode', lzwBomb(1))],
    ['LZW with EarlyChange 0 given by reference', page('/Filter /LZWDecode /DecodeParms 9 0 R', lzwBomb(0))],
    ['a deflated stream with no dictionary in reach', concat(['%PDF-1.7\n1 0 obj\n', 'x'.repeat(20_000), '>> stream\n', zlibBomb(OVER, 0x20), '\nendstream\nendobj\n'])],
    ['a filter hidden after a string holding "endobj"', page('/X (endobj <<) /Filter /FlateDecode', zlibBomb(OVER, 0x20))],
    ['"endstream" planted inside the compressed data', page('/Filter /FlateDecode', plantedEndstream(OVER))],
  ])('refuses a bomb: %s', (_label, pdf) => {
    expect(problemCodeOf(() => checkPdfStreams(pdf))).toBe('pdf-bomb');
  });

  it.each([
    ['a Brotli stream', page('/Filter /BrotliDecode', new Uint8Array(100))],
    ['a filter given by reference', page('/Filter 9 0 R', new Uint8Array(100))],
    ['a filter array holding a reference', page('/Filter [/FlateDecode 9 0 R]', new Uint8Array(100))],
  ])('refuses what it cannot check: %s', (_label, pdf) => {
    expect(problemCodeOf(() => checkPdfStreams(pdf))).toBe('pdf-unchecked-stream');
  });

  it('refuses streams that all claim to run to the end of the file', () => {
    const overlapping = concat([
      '%PDF-1.7\n',
      ...Array.from({ length: 50 }, (_, i) => `${i + 1} 0 obj\n<< /Filter /AHx /Length 999999 >>\nstream\n`),
      ' '.repeat(200_000),
      '\nendstream\n',
    ]);
    expect(problemCodeOf(() => checkPdfStreams(overlapping))).toBe('pdf-bomb');
  });

  it('lets images through whatever their decoded size: pdf.js bounds them by their declared pixels', () => {
    expect(problemCodeOf(() => checkPdfStreams(page('/Subtype /Image /Filter /DCTDecode', new Uint8Array(1000))))).toBeUndefined();
  });
});
