// Builders of hand-crafted hostile files for the fuzz test: zip bombs, lying archives, crafted PDFs, PNG and JPEG
// headers, workbooks. Test support only (Node's zlib builds the bombs); nothing here ships in the extension.
import { zipSync } from 'fflate';
import { constants, crc32, deflateRawSync } from 'node:zlib';

const text = (s: string) => new TextEncoder().encode(s);

export function concat(parts: ReadonlyArray<Uint8Array | string>): Uint8Array {
  const bytes = parts.map((p) => (typeof p === 'string' ? text(p) : p));
  const out = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of bytes) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}

const MB = 1024 * 1024;

/**
 * A raw deflate stream that inflates to `size` bytes of `fill`, about a thousandth of that long: one 1 MB segment,
 * fully flushed (byte-aligned, no back-references across it), repeated, then a final empty block. A 4 GB bomb is 4 MB.
 */
export function deflateBomb(size: number, fill = 0): Uint8Array {
  const segment = deflateRawSync(Buffer.alloc(MB, fill), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const count = Math.ceil(size / MB);
  const out = new Uint8Array(segment.length * count + 2);
  for (let i = 0; i < count; i++) out.set(segment, i * segment.length);
  // BFINAL=1, fixed Huffman, end-of-block.
  out.set([0x03, 0x00], segment.length * count);
  return out;
}

/** The same as a zlib stream (the form PDF's FlateDecode uses); the trailing Adler-32 is left out, as readers skip it. */
export function zlibBomb(size: number, fill = 0): Uint8Array {
  return concat([new Uint8Array([0x78, 0xda]), deflateBomb(size, fill)]);
}

export interface RawZipEntry {
  name: string;
  /** Stored bytes, or raw deflate data when `method` is 8. */
  data: Uint8Array;
  method?: 0 | 8;
  /** Uncompressed size written in both headers; the true length of stored data unless a lie is wanted. */
  declaredSize?: number;
  flags?: number;
}

/**
 * A zip archive written byte by byte, so names, sizes and flags can be anything a hostile archive holds. CRCs are
 * left zero: the readers under test never check them, and a lying size could not have a true CRC anyway.
 */
export function rawZip(entries: readonly RawZipEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = text(e.name);
    const size = e.declaredSize ?? e.data.length;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, e.flags ?? 0, true);
    lv.setUint16(8, e.method ?? 0, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, e.flags ?? 0, true);
    cv.setUint16(10, e.method ?? 0, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, e.data);
    centrals.push(central);
    offset += local.length + e.data.length;
  }
  const directory = concat(centrals);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directory.length, true);
  ev.setUint32(16, offset, true);
  return concat([...locals, directory, end]);
}

/**
 * A PDF of the given objects (numbered from 1; object 1 is the catalog) with a correct xref table. Parts may be bytes,
 * so a stream can hold binary data.
 */
export function craftPdf(objects: ReadonlyArray<ReadonlyArray<Uint8Array | string>>): Uint8Array {
  const parts: Array<Uint8Array | string> = ['%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'];
  let length = concat(parts).length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const obj = concat([`${i + 1} 0 obj\n`, ...body, '\nendobj\n']);
    parts.push(obj);
    length += obj.length;
  });
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`);
  return concat(parts);
}

/** A stream object body: its dictionary entries and data. */
export function pdfStream(dict: string, data: Uint8Array | string): Array<Uint8Array | string> {
  const bytes = typeof data === 'string' ? text(data) : data;
  return [`<< ${dict} /Length ${bytes.length} >>\nstream\n`, bytes, '\nendstream'];
}

/** A one-page PDF: catalog, pages, the page (its extra dictionary entries), its content stream, then `more` objects (from 5). */
export function onePagePdf(page: string, content: Array<Uint8Array | string>, more: ReadonlyArray<ReadonlyArray<Uint8Array | string>> = []): Uint8Array {
  return craftPdf([
    ['<< /Type /Catalog /Pages 2 0 R >>'],
    ['<< /Type /Pages /Kids [3 0 R] /Count 1 >>'],
    [`<< /Type /Page /Parent 2 0 R /Contents 4 0 R ${page} >>`],
    content,
    ...more,
  ]);
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(text(type), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)) >>> 0);
  return chunk;
}

const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * A grey PNG of `width`×`height` white pixels whose image data is real (a few kB inflate to the whole picture), or
 * with `pixels: false` only the header claiming that size.
 */
export function whitePng(width: number, height: number, pixels = true): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const parts = [PNG_SIGNATURE, pngChunk('IHDR', header)];
  if (pixels) {
    const row = new Uint8Array(width + 1).fill(255);
    row[0] = 0; // filter: none
    const raw = new Uint8Array(row.length * height);
    for (let y = 0; y < height; y++) raw.set(row, y * row.length);
    parts.push(pngChunk('IDAT', zlibOf(raw)));
  }
  parts.push(pngChunk('IEND', new Uint8Array(0)));
  return concat(parts);
}

/** `raw` deflated as a zlib stream, Adler-32 included (PNG checks it). */
export function zlibOf(raw: Uint8Array): Uint8Array {
  let a = 1;
  let b = 0;
  for (const byte of raw) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  const adler = new Uint8Array(4);
  new DataView(adler.buffer).setUint32(0, ((b << 16) | a) >>> 0);
  return concat([new Uint8Array([0x78, 0xda]), deflateRawSync(raw, { level: 9 }), adler]);
}

/** A JPEG that is only a start-of-frame claiming `width`×`height` (after an APP0 segment), then end of image. */
export function jpegHeader(width: number, height: number): Uint8Array {
  const sof = new Uint8Array([0xff, 0xc0, 0x00, 0x0b, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x01, 0x01, 0x11, 0x00]);
  const app0 = new Uint8Array([0xff, 0xe0, 0x00, 0x10, ...text('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  return concat([new Uint8Array([0xff, 0xd8]), app0, sof, new Uint8Array([0xff, 0xd9])]);
}

/**
 * A minimal .xlsx with one sheet named `S` holding `sheetData` (the `<row>` elements), plus any extra parts. `prolog`
 * goes before the sheet's root element (a DOCTYPE), `head` inside it before the data (a `<dimension>`).
 */
export function craftXlsx(sheetData: string, { extra = {}, prolog = '', head = '' }: { extra?: Record<string, string>; prolog?: string; head?: string } = {}): Uint8Array {
  const rels = (body: string) => `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
  const files: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels': rels('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'),
    'xl/workbook.xml':
      '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels': rels('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'),
    'xl/worksheets/sheet1.xml': `<?xml version="1.0"?>${prolog}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${head}<sheetData>${sheetData}</sheetData></worksheet>`,
    ...extra,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, text(v)])), { level: 9 });
}
