/**
 * Just enough of the PDF syntax to read a stream's dictionary (ISO 32000 §7.2–7.3): names with `#xx` escapes,
 * strings with nested parentheses and escapes, hex strings, arrays, nested dictionaries, comments and `n g R`
 * references. Anything else is kept as its raw token. Used on untrusted bytes: every loop moves forward, and a
 * dictionary that runs past `end` is not one.
 */
export type PdfValue = { name: string } | { ref: string } | { token: string } | PdfValue[] | PdfDict;
export type PdfDict = Map<string, PdfValue>;

/** Character classes by byte: 1 whitespace, 2 delimiter, 0 regular. */
const CLASS = new Uint8Array(256);
for (const b of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[b] = 1;
for (const b of [0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]) CLASS[b] = 2;
/** Names and numbers in a stream dictionary are short; the spec caps names at 127 bytes. */
const MAX_TOKEN = 127;
/** Nesting deeper than this is no stream dictionary, and recursion must not run out of stack on crafted input. */
const MAX_DEPTH = 32;
const isRegular = (b: number | undefined) => b !== undefined && CLASS[b] === 0;

class Reader {
  constructor(
    readonly bytes: Uint8Array,
    public at: number,
    readonly end: number,
  ) {}

  peek(offset = 0): number | undefined {
    return this.at + offset < this.end ? this.bytes[this.at + offset] : undefined;
  }

  skipSpace(): void {
    for (;;) {
      const b = this.peek();
      if (b === undefined) return;
      if (CLASS[b] === 1) this.at++;
      else if (b === 0x25) {
        while (this.peek() !== undefined && this.peek() !== 0x0a && this.peek() !== 0x0d) this.at++;
      } else return;
    }
  }

  /** A run of regular characters (a number, keyword or name body); one too long to be either comes back as '…'. */
  regular(): string {
    const start = this.at;
    let token = '';
    while (isRegular(this.peek())) {
      if (this.at - start < MAX_TOKEN) token += String.fromCharCode(this.bytes[this.at]!);
      this.at++;
    }
    return this.at - start <= MAX_TOKEN ? token : '…';
  }
}

function name(r: Reader): string {
  r.at++; // the slash
  const raw = r.regular();
  return raw.replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function literalString(r: Reader): boolean {
  r.at++;
  let depth = 1;
  while (depth > 0) {
    const b = r.peek();
    if (b === undefined) return false;
    r.at++;
    if (b === 0x5c) r.at++;
    else if (b === 0x28) depth++;
    else if (b === 0x29) depth--;
  }
  return r.at <= r.end;
}

function value(r: Reader, depth: number): PdfValue | null {
  if (depth > MAX_DEPTH) return null;
  r.skipSpace();
  const b = r.peek();
  if (b === undefined) return null;
  if (b === 0x2f) return { name: name(r) };
  if (b === 0x3c && r.peek(1) === 0x3c) return dict(r, depth + 1);
  if (b === 0x3c) {
    while (r.peek() !== undefined && r.peek() !== 0x3e) r.at++;
    if (r.peek() === undefined) return null;
    r.at++;
    return { token: 'hex-string' };
  }
  if (b === 0x28) return literalString(r) ? { token: 'string' } : null;
  if (b === 0x5b) {
    r.at++;
    const items: PdfValue[] = [];
    for (;;) {
      r.skipSpace();
      if (r.peek() === 0x5d) {
        r.at++;
        return items;
      }
      const item = value(r, depth + 1);
      if (!item) return null;
      items.push(item);
    }
  }
  if (!isRegular(b)) return null;
  const token = r.regular();
  // `12 0 R`: an object number, a generation, R.
  if (/^\d+$/.test(token)) {
    const back = r.at;
    r.skipSpace();
    const generation = isRegular(r.peek()) ? r.regular() : '';
    r.skipSpace();
    if (/^\d+$/.test(generation) && r.peek() === 0x52 && !isRegular(r.peek(1))) {
      r.at++;
      return { ref: `${token} ${generation}` };
    }
    r.at = back;
  }
  return { token };
}

function dict(r: Reader, depth: number): PdfDict | null {
  r.at += 2;
  const entries: PdfDict = new Map();
  for (;;) {
    r.skipSpace();
    const b = r.peek();
    if (b === undefined) return null;
    if (b === 0x3e && r.peek(1) === 0x3e) {
      r.at += 2;
      return entries;
    }
    if (b !== 0x2f) return null;
    const key = name(r);
    const v = value(r, depth);
    if (!v) return null;
    entries.set(key, v);
  }
}

/** The dictionary that starts at `start` (at `<<`) and where it ends, if it is one and ends by `end`. */
export function readDict(bytes: Uint8Array, start: number, end: number): { dict: PdfDict; end: number } | null {
  const r = new Reader(bytes, start, end);
  const d = dict(r, 0);
  return d ? { dict: d, end: r.at } : null;
}

export const isName = (v: PdfValue | undefined): v is { name: string } => typeof v === 'object' && !Array.isArray(v) && !(v instanceof Map) && 'name' in v;
export const isRef = (v: PdfValue | undefined): v is { ref: string } => typeof v === 'object' && !Array.isArray(v) && !(v instanceof Map) && 'ref' in v;
