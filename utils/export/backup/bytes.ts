/** Byte helpers shared by the bundle and the container. Integers are big-endian. */

export type Bytes = Uint8Array<ArrayBuffer>;

export function u32(n: number): Bytes {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n);
  return out;
}

export function readU32(bytes: Uint8Array, offset: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset);
}

export function concat(parts: readonly Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const ascii = (s: string): Bytes => Uint8Array.from(s, (c) => c.charCodeAt(0));

export function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Compares every byte whatever the first difference, so the time does not tell where they differ. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

export const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** `hex` must already be checked to be 64 lowercase hex digits. */
export const sha256FromHex = (hex: string): Bytes => Uint8Array.from(hex.match(/../g)!, (h) => parseInt(h, 16));

export async function sha256(bytes: Uint8Array): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', own(bytes)));
}

/** For the few bytes of a salt, IV or check value (spreads its argument). */
export const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));

/** null unless `b64` is base64 of exactly `length` bytes. */
export function fromBase64(b64: string, length: number): Bytes | null {
  let binary: string;
  try {
    binary = atob(b64);
  } catch {
    return null;
  }
  return binary.length === length ? ascii(binary) : null;
}

/** WebCrypto wants memory it may read: a view over a plain ArrayBuffer, not a SharedArrayBuffer. */
export function own(bytes: Uint8Array): Bytes {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Bytes) : bytes.slice();
}

/** A pull stream over an async iterator: the next part is made only when the consumer wants it. */
export function streamOf(parts: AsyncIterator<Bytes>): ReadableStream<Bytes> {
  return new ReadableStream<Bytes>(
    {
      async pull(controller) {
        const next = await parts.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      async cancel() {
        await parts.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}
