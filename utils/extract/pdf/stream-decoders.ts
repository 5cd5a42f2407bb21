import { Inflate } from 'fflate';

/** The PDF filters that can expand their input: deflate, LZW and run-length; the ASCII ones only unwrap another. */
type FilterName = 'flate' | 'lzw' | 'rl' | 'a85' | 'ahx';
export interface Filter {
  name: FilterName;
  /** LZW's EarlyChange (DecodeParms), 1 unless set: the code width grows one code earlier or later. */
  earlyChange?: number;
}

/** Receives a stage's output. */
type Sink = (chunk: Uint8Array) => void;
/** A streaming decoder: takes input chunks, writes output to its sink, and says when its data has ended. */
interface Stage {
  write(chunk: Uint8Array): void;
  readonly done: boolean;
}

class Overflow extends Error {}

/** As pdf.js: a zlib header (deflate, no preset dictionary) is required; the Adler-32 is not checked. */
function flate(sink: Sink): Stage {
  const header: number[] = [];
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    sink(chunk);
    if (final) done = true;
  });
  return {
    write(chunk) {
      let data = chunk;
      while (header.length < 2 && data.length > 0) {
        header.push(data[0]!);
        data = data.subarray(1);
        if (header.length === 2) {
          const [cmf, flg] = header as [number, number];
          if ((cmf & 0x0f) !== 8 || ((cmf << 8) + flg) % 31 !== 0 || flg & 0x20) done = true;
        }
      }
      if (done || data.length === 0) return;
      try {
        inflater.push(data);
      } catch (error) {
        if (error instanceof Overflow) throw error;
        done = true;
      }
    },
    get done() {
      return done;
    },
  };
}

/** RunLengthDecode: a length byte n < 128 copies n + 1 bytes, n > 128 repeats the next byte 257 − n times, 128 ends. */
function runLength(sink: Sink): Stage {
  let done = false;
  let copy = 0;
  let repeat = 0;
  return {
    write(chunk) {
      // Each input byte gives at most 128 output bytes.
      const out = new Uint8Array(chunk.length * 128);
      let n = 0;
      for (let i = 0; i < chunk.length && !done; i++) {
        const b = chunk[i]!;
        if (copy > 0) {
          copy--;
          out[n++] = b;
        } else if (repeat > 0) {
          out.fill(b, n, n + repeat);
          n += repeat;
          repeat = 0;
        } else if (b === 128) done = true;
        else if (b < 128) copy = b + 1;
        else repeat = 257 - b;
      }
      if (n) sink(out.subarray(0, n));
    },
    get done() {
      return done;
    },
  };
}

/** LZWDecode as pdf.js does it: codes of 9 to 12 bits, 256 clears the table, 257 ends. */
function lzw(sink: Sink, earlyChange: number): Stage {
  const SIZE = 4096;
  const values = new Uint8Array(SIZE);
  const lengths = new Uint16Array(SIZE);
  const previousCodes = new Uint16Array(SIZE);
  for (let i = 0; i < 256; i++) {
    values[i] = i;
    lengths[i] = 1;
  }
  const sequence = new Uint8Array(SIZE);
  let sequenceLength = 0;
  let nextCode = 258;
  let codeLength = 9;
  let previous = -1;
  let bits = 0;
  let cached = 0;
  let done = false;
  return {
    write(chunk) {
      const out: Uint8Array[] = [];
      for (let i = 0; i < chunk.length && !done; i++) {
        cached = ((cached << 8) | chunk[i]!) & 0xffffff;
        bits += 8;
        while (bits >= codeLength && !done) {
          bits -= codeLength;
          const code = (cached >>> bits) & ((1 << codeLength) - 1);
          if (code === 256) {
            nextCode = 258;
            codeLength = 9;
            previous = -1;
            sequenceLength = 0;
            continue;
          }
          if (code === 257) {
            done = true;
            break;
          }
          const hadPrevious = sequenceLength > 0;
          if (code < 256) {
            sequence[0] = code;
            sequenceLength = 1;
          } else if (code < nextCode) {
            sequenceLength = lengths[code]!;
            for (let j = sequenceLength - 1, q = code; j >= 0; j--) {
              sequence[j] = values[q]!;
              q = previousCodes[q]!;
            }
          } else if (hadPrevious && sequenceLength < SIZE) {
            sequence[sequenceLength++] = sequence[0]!;
          } else {
            done = true;
            break;
          }
          if (hadPrevious && previous >= 0 && nextCode < SIZE) {
            previousCodes[nextCode] = previous;
            lengths[nextCode] = Math.min(lengths[previous]! + 1, SIZE);
            values[nextCode] = sequence[0]!;
            nextCode++;
            const reach = nextCode + earlyChange;
            if ((reach & (reach - 1)) === 0) codeLength = Math.min(Math.log2(reach) + 1, 12);
          }
          previous = code;
          out.push(sequence.slice(0, sequenceLength));
        }
      }
      if (out.length) {
        const all = new Uint8Array(out.reduce((n, o) => n + o.length, 0));
        let at = 0;
        for (const o of out) {
          all.set(o, at);
          at += o.length;
        }
        sink(all);
      }
    },
    get done() {
      return done;
    },
  };
}

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;

/** ASCIIHexDecode: hex digit pairs, anything else skipped, `>` ends. */
function asciiHex(sink: Sink): Stage {
  let done = false;
  let half = -1;
  return {
    write(chunk) {
      const out: number[] = [];
      for (let i = 0; i < chunk.length && !done; i++) {
        const c = chunk[i]!;
        if (c === 0x3e) {
          done = true;
          break;
        }
        const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 ? (c | 0x20) - 0x57 : -1;
        if (digit < 0) continue;
        if (half < 0) half = digit;
        else {
          out.push((half << 4) | digit);
          half = -1;
        }
      }
      if (out.length) sink(Uint8Array.from(out));
    },
    get done() {
      return done;
    },
  };
}

/** ASCII85Decode: groups of five characters `!`…`u` to four bytes, `z` four zeros, `~` ends (a short last group too). */
function ascii85(sink: Sink): Stage {
  let done = false;
  const group: number[] = [];
  const decode = (out: number[], bytes: number) => {
    let value = 0;
    for (let d = 0; d < 5; d++) value = value * 85 + (group[d] ?? 84);
    for (let b = 0; b < bytes; b++) out.push((value >>> (24 - 8 * b)) & 0xff);
    group.length = 0;
  };
  return {
    write(chunk) {
      const out: number[] = [];
      for (let i = 0; i < chunk.length && !done; i++) {
        const c = chunk[i]!;
        if (isSpace(c)) continue;
        if (c === 0x7e) {
          if (group.length > 1) decode(out, group.length - 1);
          done = true;
          break;
        }
        if (c === 0x7a && group.length === 0) {
          out.push(0, 0, 0, 0);
          continue;
        }
        if (c < 0x21 || c > 0x75) {
          done = true;
          break;
        }
        group.push(c - 0x21);
        if (group.length === 5) decode(out, 4);
      }
      if (out.length) sink(Uint8Array.from(out));
    },
    get done() {
      return done;
    },
  };
}

function stage(filter: Filter, sink: Sink): Stage {
  switch (filter.name) {
    case 'flate':
      return flate(sink);
    case 'lzw':
      return lzw(sink, filter.earlyChange ?? 1);
    case 'rl':
      return runLength(sink);
    case 'a85':
      return ascii85(sink);
    case 'ahx':
      return asciiHex(sink);
  }
}

/** Input is fed in small pieces: one piece of deflate data can inflate about a thousandfold, so 1 kB stays near 1 MB. */
const PIECE = 1024;

function feed(into: Stage, data: Uint8Array): void {
  for (let at = 0; at < data.length && !into.done; at += PIECE) into.write(data.subarray(at, at + PIECE));
}

/**
 * How many bytes decoding `data` through `chain` makes, every stage's output summed (pdf.js keeps each stage's whole
 * output in a buffer of its own). Stops as soon as the sum passes `limit`, so a bomb costs about `limit` of work and
 * little memory: each stage's output is passed on piece by piece and dropped. Data that stops decoding stops the
 * count, as it stops pdf.js.
 */
export function decodedSize(data: Uint8Array, chain: readonly Filter[], limit: number): number {
  let total = 0;
  let into: Sink | null = null;
  let first: Stage | null = null;
  for (const filter of [...chain].reverse()) {
    const next = into;
    const decoder = stage(filter, (chunk) => {
      total += chunk.length;
      if (total > limit) throw new Overflow();
      next?.(chunk);
    });
    // A stage's output goes on in pieces too: a megabyte of inflated deflate data would inflate to a gigabyte at once.
    into = (chunk) => feed(decoder, chunk);
    first = decoder;
  }
  if (!first) return 0;
  try {
    feed(first, data);
  } catch (error) {
    if (!(error instanceof Overflow)) throw error;
  }
  return total;
}
