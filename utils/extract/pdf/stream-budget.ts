import { fileError } from '../extract-error';
import { formatBytes, LIMITS } from '../limits';
import { isName, isRef, readDict, type PdfDict, type PdfValue } from './pdf-dict';
import { decodedSize, type Filter } from './stream-decoders';

/** pdf.js's names for the filters (abbreviations included); image decoders end a chain, their output being pixels. */
const FILTERS: Readonly<Record<string, Filter['name'] | 'image' | 'unchecked'>> = {
  FlateDecode: 'flate',
  Fl: 'flate',
  LZWDecode: 'lzw',
  LZW: 'lzw',
  RunLengthDecode: 'rl',
  RL: 'rl',
  ASCII85Decode: 'a85',
  A85: 'a85',
  ASCIIHexDecode: 'ahx',
  AHx: 'ahx',
  DCTDecode: 'image',
  DCT: 'image',
  JPXDecode: 'image',
  JPX: 'image',
  CCITTFaxDecode: 'image',
  CCF: 'image',
  JBIG2Decode: 'image',
  // Brotli can expand a millionfold and has no decoder here to count with; no invoice PDF uses it.
  BrotliDecode: 'unchecked',
};

/** The filter chains to count a stream with; more than one when its dictionary leaves the choice open. */
type Chains = Filter[][] | 'unchecked';

/** When a stream's dictionary cannot be found, every way its data could expand is counted. */
const ANY_CHAIN: Filter[][] = [
  [{ name: 'flate' }],
  [{ name: 'lzw', earlyChange: 1 }],
  [{ name: 'lzw', earlyChange: 0 }],
  [{ name: 'rl' }],
  [{ name: 'a85' }, { name: 'flate' }],
  [{ name: 'ahx' }, { name: 'flate' }],
];

/** pdf.js reads /F before /Filter. A filter given by reference cannot be checked without resolving it: refused. */
function chainsOf(d: PdfDict): Chains {
  const filter = d.get('F') ?? d.get('Filter');
  const names: PdfValue[] = Array.isArray(filter) ? filter : filter ? [filter] : [];
  const chain: Filter[][] = [[]];
  for (const n of names) {
    if (isRef(n)) return 'unchecked';
    if (!isName(n)) continue;
    const kind = FILTERS[n.name];
    if (kind === 'unchecked') return 'unchecked';
    if (kind === 'image') break;
    if (kind === undefined) continue; // pdf.js passes unknown filters' data through unchanged
    // LZW's EarlyChange may sit in a referenced DecodeParms: both widths are counted.
    const options = kind === 'lzw' ? [0, 1].map((earlyChange) => ({ name: kind, earlyChange })) : [{ name: kind }];
    chain.splice(0, chain.length, ...chain.flatMap((c) => options.map((o) => [...c, o])));
  }
  return chain[0]!.length ? chain : [];
}

const ENDSTREAM = 'endstream';
/** Dictionaries of streams are short; a longer one (or none) is counted as any chain. */
const DICT_WINDOW = 16 * 1024;
const MAX_CANDIDATES = 32;

interface Found {
  chains: Chains;
  /** Where the data starts: after the end of the keyword's line, as pdf.js reads it. */
  dataStart: number;
  /** Where pdf.js stops reading the data: at /Length when `endstream` follows it, else at the next `endstream`. */
  end: number;
}

const isSpace = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;

/** Whether `<<` at `at` opens an object's body: `obj` and whitespace before it, as after every `n g obj` header. */
function opensObject(bytes: Uint8Array, at: number): boolean {
  let k = at;
  while (k > 0 && isSpace(bytes[k - 1])) k--;
  return k >= 3 && bytes[k - 3] === 0x6f && bytes[k - 2] === 0x62 && bytes[k - 1] === 0x6a;
}

const endsObject = (text: string, at: number) => text.startsWith('endobj', at) || text.startsWith('endstream', at);

/**
 * The dictionary before a `stream` keyword. A stream is always an object's body, so its dictionary follows `obj`, after
 * the previous object's `endobj`. Searching backwards cannot tell an `obj <<` written inside a string from a real one,
 * so every such `<<` back to there that parses into a dictionary ending right at the keyword is taken and their
 * chains united; finding none, every chain is counted. A crafted file can make more be counted, not less.
 */
function dictionariesBefore(bytes: Uint8Array, text: string, keyword: number): PdfDict[] {
  let close = keyword;
  while (close > 0 && isSpace(bytes[close - 1])) close--;
  if (close < 2 || bytes[close - 1] !== 0x3e || bytes[close - 2] !== 0x3e) return [];
  const found: PdfDict[] = [];
  let candidates = 0;
  for (let at = close - 2; at >= Math.max(0, close - DICT_WINDOW) && candidates < MAX_CANDIDATES && !endsObject(text, at); at--) {
    if (bytes[at] !== 0x3c || bytes[at + 1] !== 0x3c || !opensObject(bytes, at)) continue;
    candidates++;
    const parsed = readDict(bytes, at, close);
    if (parsed && parsed.end === close) found.push(parsed.dict);
  }
  return found;
}

function streamEnd(text: string, dataStart: number, lengths: readonly number[]): number {
  const next = text.indexOf(ENDSTREAM, dataStart);
  let end = next < 0 ? text.length : next;
  for (const length of lengths) {
    const at = dataStart + length;
    if (at > text.length) continue;
    let k = at;
    while (k < text.length && isSpace(text.charCodeAt(k))) k++;
    if (text.startsWith(ENDSTREAM, k)) end = Math.max(end, at);
  }
  return end;
}

function streamAt(bytes: Uint8Array, text: string, keyword: number): Found {
  let dataStart = keyword + 'stream'.length;
  while (dataStart < text.length && text[dataStart] !== '\n' && text[dataStart] !== '\r') dataStart++;
  dataStart += text.startsWith('\r\n', dataStart) ? 2 : 1;
  const dicts = dictionariesBefore(bytes, text, keyword);
  if (dicts.length === 0) return { chains: ANY_CHAIN, end: streamEnd(text, dataStart, []), dataStart };
  const lengths = dicts.map((d) => d.get('Length')).flatMap((v) => (v && !Array.isArray(v) && !(v instanceof Map) && 'token' in v && /^\d+$/.test(v.token) ? [Number(v.token)] : []));
  const all = dicts.map(chainsOf);
  const chains: Chains = all.includes('unchecked') ? 'unchecked' : all.flatMap((c) => c as Filter[][]);
  return { chains, end: streamEnd(text, dataStart, lengths), dataStart };
}

const unchecked = () =>
  fileError(
    'pdf-unchecked-stream',
    'PDF 中的数据使用了无法预先安全检查的压缩方式（Brotli 或间接引用的过滤器），发票 PDF 不会这样写；请用其他软件另存为 PDF 后重新导入。',
    'The PDF compresses data in a way that cannot be checked safely beforehand (Brotli, or a filter given by reference), which invoice PDFs never do; save it as PDF again with other software and import that.',
  );

const bomb = (what: string) =>
  fileError(
    'pdf-bomb',
    `PDF 中的数据解压后超过 ${formatBytes(LIMITS.pdfInflatedBytes)}（${what}），超出安全上限，疑似“压缩炸弹”，已拒绝。`,
    `The PDF's data would inflate beyond ${formatBytes(LIMITS.pdfInflatedBytes)} (${what}), past the safe limit; it looks like a decompression bomb and was refused.`,
  );

/**
 * pdf.js inflates a stream into one buffer that grows as far as the data goes; it has no limit of its own. One
 * content stream of 1 MB inflating to 1 GB took 30 s and 3 GB of memory. So before pdf.js opens a file, every stream
 * is decoded here, its output counted and dropped, and the file is refused once all of them pass
 * LIMITS.pdfInflatedBytes. Streams overlapping each other (each read to the file's end) are refused as well.
 *
 * Not covered: an encrypted PDF's streams are only decrypted by pdf.js, so they cannot be counted here.
 */
export function checkPdfStreams(bytes: Uint8Array): void {
  const text = new TextDecoder('latin1').decode(bytes);
  // A keyword stands between whitespace or delimiters, as pdf.js's lexer reads it; `endstream` is another keyword.
  const keyword = /(?<=^|[\s\0()<>[\]{}/%])stream(?=[\s\0()<>[\]{}/%]|$)/g;
  let inflated = 0;
  let scanned = 0;
  for (let m = keyword.exec(text); m; m = keyword.exec(text)) {
    const { chains, end, dataStart } = streamAt(bytes, text, m.index);
    if (chains === 'unchecked') throw unchecked();
    if (chains.length === 0 || end <= dataStart) continue;
    scanned += end - dataStart;
    if (scanned > 2 * bytes.length + 1024 * 1024) throw bomb('overlapping streams');
    const data = bytes.subarray(dataStart, end);
    const left = LIMITS.pdfInflatedBytes - inflated;
    inflated += Math.max(...chains.map((chain) => decodedSize(data, chain, left)));
    if (inflated > LIMITS.pdfInflatedBytes) throw bomb(`${formatBytes(bytes.length)} file`);
  }
}
