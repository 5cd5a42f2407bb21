/**
 * Post-processing of Chromium's PDFs. (1) Fixed creation dates, so the bytes are reproducible. (2) Correct ToUnicode
 * maps: Noto CJK draws 广 and the Kangxi radical ⼴ (or 户 and 戶) with one glyph, and Skia maps each glyph to its lowest
 * code point, so most extractors (pdf.js included) would read "⼴州" where the page shows "广州". Skia does record the
 * real text of such glyphs in /ActualText spans; we copy it into the fonts' ToUnicode maps. Real invoice PDFs extract
 * cleanly, so ours must too.
 */
import { deflateSync, inflateSync } from 'node:zlib';

/** Same-length replacement: the cross-reference offsets stay valid. */
function fixDates(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1').replace(/\/(CreationDate|ModDate) \(D:\d{14}[^)]*\)/g, (m, key: string) => {
    const fixed = `/${key} (D:20240101000000`;
    return fixed + m.slice(fixed.length);
  });
  return Buffer.from(text, 'latin1');
}

/** (font resource name, one-byte code) → UTF-16BE hex, from `/Span<</ActualText <FEFF…> >> BDC … EMC` in content. */
function actualTexts(content: string): Map<string, Map<string, string>> {
  const found = new Map<string, Map<string, string>>();
  const re = /\/Span<<\/ActualText <FEFF([0-9A-F]+)> >> BDC|(?<![\w/])EMC(?!\w)|\/(F\d+) [\d.]+ Tf|<([0-9A-F]+)> Tj|(?<![\w/])([qQ])(?!\w)/g;
  const fonts: string[] = [];
  let font = '';
  let span: { text: string; glyphs: [string, string][] } | null = null;
  for (const m of content.matchAll(re)) {
    if (m[1] !== undefined) span = { text: m[1], glyphs: [] };
    else if (m[0] === 'EMC' && span) {
      // One glyph per UTF-16 unit: pair them up (spans that do not line up are left alone).
      const units = span.text.match(/.{4}/g) ?? [];
      if (units.length === span.glyphs.length) {
        span.glyphs.forEach(([f, code], i) => {
          const map = found.get(f) ?? new Map<string, string>();
          map.set(code, units[i] ?? '');
          found.set(f, map);
        });
      }
      span = null;
    } else if (m[2] !== undefined) font = m[2];
    else if (m[3] !== undefined && span) for (const code of m[3].match(/.{2}/g) ?? []) span.glyphs.push([font, code]);
    else if (m[4] === 'q') fonts.push(font);
    else if (m[4] === 'Q') font = fonts.pop() ?? font;
  }
  return found;
}

/** Rewrites a ToUnicode CMap as plain bfchar entries with `fixes` (code → hex) applied; null when nothing changes. */
function fixCmap(cmap: string, fixes: Map<string, string>): string | null {
  const entries: [string, string][] = [];
  const rest = cmap.replace(/\d+ beginbf(char|range)\n([\s\S]*?)endbf\1\n/g, (_, kind: string, lines: string) => {
    for (const line of lines.trim().split('\n')) {
      const hex = [...line.matchAll(/<([0-9A-Fa-f]+)>/g)].map((m) => (m[1] ?? '').toUpperCase());
      if (kind === 'char') entries.push([hex[0] ?? '', hex[1] ?? '']);
      else {
        // Skia writes ranges only for runs of consecutive BMP code points.
        const [lo = '', hi = '', dst = ''] = hex;
        for (let c = parseInt(lo, 16); c <= parseInt(hi, 16); c++) {
          const unit = (parseInt(dst, 16) + c - parseInt(lo, 16)).toString(16).toUpperCase().padStart(4, '0');
          entries.push([c.toString(16).toUpperCase().padStart(lo.length, '0'), unit]);
        }
      }
    }
    return '';
  });
  let changed = false;
  const fixed = entries.map(([src, dst]) => {
    const want = fixes.get(src) ?? dst;
    changed ||= want !== dst;
    return [src, want] as const;
  });
  if (!changed) return null;
  let blocks = '';
  for (let i = 0; i < fixed.length; i += 100) {
    const chunk = fixed.slice(i, i + 100);
    blocks += `${chunk.length} beginbfchar\n${chunk.map(([src, dst]) => `<${src}> <${dst}>`).join('\n')}\nendbfchar\n`;
  }
  return rest.replace('endcmap', `${blocks}endcmap`);
}

interface Layout {
  head: Buffer;
  /** Objects in file order, each with its number. */
  objects: { num: number; bytes: Buffer }[];
  /** Entries in the xref table (object 0 included). */
  size: number;
  trailer: string;
}

/** Chromium writes one classic xref table; each object's bytes run to the next object (or to the table). */
function layout(pdf: Buffer): Layout {
  const raw = pdf.toString('latin1');
  const xrefAt = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(raw)?.[1]);
  const table = /^xref\n0 (\d+)\n/.exec(raw.slice(xrefAt));
  if (!table) throw new Error('pdf-post: expected a classic xref table');
  const size = Number(table[1]);
  const found: { num: number; start: number }[] = [];
  for (let num = 0; num < size; num++) {
    const at = xrefAt + table[0].length + 20 * num;
    if (raw[at + 17] === 'n') found.push({ num, start: Number(raw.slice(at, at + 10)) });
  }
  found.sort((a, b) => a.start - b.start);
  const objects = found.map((o, i) => ({ num: o.num, bytes: pdf.subarray(o.start, found[i + 1]?.start ?? xrefAt) }));
  const trailer = raw.slice(raw.indexOf('trailer', xrefAt), raw.lastIndexOf('startxref'));
  return { head: pdf.subarray(0, found[0]?.start ?? 0), objects, size, trailer };
}

interface StreamObject {
  /** `N 0 obj <<… /Length ` and `>> stream⏎`: the dictionary around the length. */
  before: string;
  after: string;
  data: Buffer;
  /** `⏎endstream endobj⏎` */
  tail: Buffer;
}

/** Chromium puts /Length last in its stream dictionaries; null for objects without a Flate stream. */
function splitStream(bytes: Buffer): StreamObject | null {
  const m = /^(\d+ \d+ obj\n<<[\s\S]*?\/Length )(\d+)(>>\s*stream\r?\n)/.exec(bytes.toString('latin1'));
  if (!m?.[1]?.includes('/FlateDecode')) return null;
  const start = m[0].length;
  const end = start + Number(m[2]);
  return { before: m[1], after: m[3] ?? '', data: bytes.subarray(start, end), tail: bytes.subarray(end) };
}

function inflated(s: StreamObject | null): string | null {
  if (!s) return null;
  try {
    return inflateSync(s.data).toString('latin1');
  } catch {
    return null;
  }
}

/** ToUnicode object number → (code → UTF-16BE hex) taken from the content streams' ActualText spans. */
function collectFixes(objects: Layout['objects'], pdfText: string): Map<number, Map<string, string>> {
  const byNum = new Map(objects.map((o) => [o.num, o.bytes.toString('latin1')]));
  // One page, so one font resource dictionary: /F12 34 0 R.
  const fontObj = new Map([...pdfText.matchAll(/\/(F\d+) (\d+) 0 R/g)].map((m) => [m[1] ?? '', Number(m[2])]));
  const fixes = new Map<number, Map<string, string>>();
  for (const o of objects) {
    const content = inflated(splitStream(o.bytes));
    if (!content?.includes('/ActualText')) continue;
    for (const [font, codes] of actualTexts(content)) {
      const toUnicode = Number(/\/ToUnicode (\d+) 0 R/.exec(byNum.get(fontObj.get(font) ?? -1) ?? '')?.[1] ?? -1);
      const map = fixes.get(toUnicode) ?? new Map<string, string>();
      for (const [code, text] of codes) map.set(code, text);
      fixes.set(toUnicode, map);
    }
  }
  return fixes;
}

function rewriteCmap(bytes: Buffer, codes: Map<string, string> | undefined): Buffer {
  const s = codes ? splitStream(bytes) : null;
  const cmap = inflated(s);
  const text = codes && cmap ? fixCmap(cmap, codes) : null;
  if (!s || text === null) return bytes;
  const body = deflateSync(Buffer.from(text, 'latin1'));
  return Buffer.concat([Buffer.from(`${s.before}${body.length}${s.after}`, 'latin1'), body, s.tail]);
}

export function postProcessPdf(input: Buffer): Buffer {
  const pdf = fixDates(input);
  const { head, objects, size, trailer } = layout(pdf);
  const fixes = collectFixes(objects, pdf.toString('latin1'));
  if (fixes.size === 0) return pdf;
  const rewritten = objects.map((o) => rewriteCmap(o.bytes, fixes.get(o.num)));
  // New cross-reference table: same objects, new offsets.
  const offsets = new Map<number, number>();
  let at = head.length;
  for (const [i, bytes] of rewritten.entries()) {
    offsets.set(objects[i]?.num ?? -1, at);
    at += bytes.length;
  }
  let xref = `xref\n0 ${size}\n`;
  for (let num = 0; num < size; num++) {
    const o = offsets.get(num);
    if (o === undefined) xref += `0000000000 ${num === 0 ? '65535' : '00000'} f \n`;
    else xref += `${String(o).padStart(10, '0')} 00000 n \n`;
  }
  return Buffer.concat([head, ...rewritten, Buffer.from(`${xref}${trailer}startxref\n${at}\n%%EOF\n`, 'latin1')]);
}
