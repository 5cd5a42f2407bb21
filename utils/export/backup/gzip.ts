import { concat, own, streamOf, type Bytes } from './bytes';
import { BackupError, bundleCorrupt, excessBytes, tooLarge } from './problems';

/** gzip of the parts, asking for each part only when the compressor wants it. */
export async function gzip(parts: AsyncIterator<Bytes>): Promise<Bytes> {
  const reader = streamOf(parts).pipeThrough(new CompressionStream('gzip')).getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return concat(chunks);
    chunks.push(value);
  }
}

/**
 * Input is fed to the inflater in slices this small because an inflater may expand a whole input chunk before the
 * reader sees any of it; deflate expands at most about 1032×, so one slice yields at most ~16 MiB past the limit.
 */
const SLICE_BYTES = 16 * 1024;

async function* slices(bytes: Bytes): AsyncGenerator<Bytes> {
  for (let at = 0; at < bytes.length; at += SLICE_BYTES) yield bytes.subarray(at, at + SLICE_BYTES);
}

/**
 * Reads the inflated bytes of untrusted gzip in exact-sized pieces while counting them, so a gzip bomb stops at
 * `limit` instead of filling memory. Failures are BackupErrors; call `close` when done to stop the inflater.
 */
export class GunzipReader {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private pending: Uint8Array = new Uint8Array(0);
  private inflated = 0;

  constructor(
    gz: Uint8Array,
    private readonly limit: number,
  ) {
    this.reader = streamOf(slices(own(gz))).pipeThrough(new DecompressionStream('gzip')).getReader();
  }

  /** The next `n` bytes as a fresh buffer, or null if the data ends first. Memory grows only as data arrives. */
  async take(n: number): Promise<Bytes | null> {
    const parts: Uint8Array[] = [];
    let have = 0;
    while (have < n) {
      if (this.pending.length === 0 && !(await this.pull())) return null;
      const part = this.pending.subarray(0, n - have);
      this.pending = this.pending.subarray(part.length);
      parts.push(part);
      have += part.length;
    }
    return concat(parts);
  }

  async atEnd(): Promise<boolean> {
    while (this.pending.length === 0) if (!(await this.pull())) return true;
    return false;
  }

  async close(): Promise<void> {
    await this.reader.cancel().catch(() => undefined);
  }

  private async pull(): Promise<boolean> {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await this.reader.read();
    } catch {
      throw new BackupError(bundleCorrupt());
    }
    if (next.done) return false;
    this.inflated += next.value.length;
    if (this.inflated > this.limit) throw new BackupError(tooLarge(excessBytes('备份解压后的内容', 'The unpacked backup', this.limit), false));
    this.pending = next.value;
    return true;
  }
}
