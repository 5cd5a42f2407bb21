import { strFromU8, unzipSync } from 'fflate';

/** One cell as stored in the sheet XML, with its style resolved. */
export interface StoredCell {
  /** `t` attribute: `s` shared string, absent = number (or date serial). */
  t: string | null;
  /** The `<v>` text; for shared strings, the string itself. */
  value: string;
  formula: string | null;
  format: string | null;
  bold: boolean;
}

export interface Workbook {
  parts: Record<string, string>;
  sheetNames: string[];
  /** Cells of sheet `n` (1-based) by reference (`B2`). */
  cells(n: number): Map<string, StoredCell>;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);
const attr = (attrs: string, name: string) => attrs.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1] ?? null;

/** Reads the XML parts of an .xlsx the way Excel would resolve them: shared strings, cellXfs, numFmts, fonts. */
export async function openWorkbook(blob: Blob): Promise<Workbook> {
  const zipped = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  const parts = Object.fromEntries(Object.entries(zipped).map(([name, bytes]) => [name, strFromU8(bytes)]));
  const strings = [...(parts['xl/sharedStrings.xml'] ?? '').matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
    unescape([...m[1]!.matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => t[1]).join('')),
  );
  const styles = parts['xl/styles.xml']!;
  const formats = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [m[1]!, unescape(m[2]!)]));
  const boldFonts = [...styles.matchAll(/<font>(.*?)<\/font>/gs)].map((m) => m[1]!.includes('<b/>'));
  const xfs = [...styles.match(/<cellXfs[^>]*>(.*?)<\/cellXfs>/s)![1]!.matchAll(/<xf([^>]*)>/g)].map((m) => m[1]!);
  const sheetNames = [...parts['xl/workbook.xml']!.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => unescape(m[1]!));

  return {
    parts,
    sheetNames,
    cells(n) {
      const cells = new Map<string, StoredCell>();
      for (const m of parts[`xl/worksheets/sheet${n}.xml`]!.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
        const [, ref, attrs, inner = ''] = m;
        const t = attr(attrs!, 't');
        const v = unescape(inner.match(/<v>(.*?)<\/v>/s)?.[1] ?? '');
        const xf = xfs[Number(attr(attrs!, 's') ?? 0)] ?? '';
        const numFmtId = attr(xf, 'numFmtId');
        cells.set(ref!, {
          t,
          value: t === 's' ? strings[Number(v)]! : v,
          formula: inner.match(/<f>(.*?)<\/f>/s)?.[1] ?? null,
          format: numFmtId === null ? null : (formats.get(numFmtId) ?? `builtin:${numFmtId}`),
          bold: boldFonts[Number(attr(xf, 'fontId') ?? 0)] ?? false,
        });
      }
      return cells;
    },
  };
}
