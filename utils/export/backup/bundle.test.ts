import { describe, expect, it, vi } from 'vitest';
import { concat, sha256, toHex, u32 } from './bytes';
import { packBundle, unpackBundle } from './bundle';
import { BACKUP_LIMITS } from './limits';
import { BackupError } from './problems';

const enc = new TextEncoder();
const RECORD = enc.encode('{"invoices":[{"key":"25312000000012345678"}]}');

async function file(content: string | Uint8Array<ArrayBuffer>) {
  const bytes = typeof content === 'string' ? enc.encode(content) : content;
  return { sha256: toHex(await sha256(bytes)), bytes };
}

async function pipe(bytes: Uint8Array, through: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  return new Uint8Array(await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(through)).arrayBuffer());
}
const gzipRaw = (bytes: Uint8Array) => pipe(bytes, new CompressionStream('gzip'));
const gunzipRaw = (bytes: Uint8Array) => pipe(bytes, new DecompressionStream('gzip'));

/** An inflated bundle written by hand, following the layout documented in bundle.ts. */
function layout(record: Uint8Array, entries: Array<{ sha: Uint8Array; bytes: Uint8Array }>, count = entries.length): Uint8Array {
  return concat([enc.encode('FWBUNDLE'), u32(record.length), record, u32(count), ...entries.flatMap((e) => [e.sha, u32(e.bytes.length), e.bytes])]);
}

async function problemOf(plain: Uint8Array, limits = BACKUP_LIMITS) {
  const result = await unpackBundle(plain, limits);
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
}

describe('packBundle / unpackBundle', () => {
  it('round-trips the record and files given as bytes or Blobs', async () => {
    const pdf = await file('%PDF-1.7 invoice');
    const ofd = await file(crypto.getRandomValues(new Uint8Array(60_000)));
    const empty = await file('');
    const packed = await packBundle(RECORD, [pdf, { sha256: ofd.sha256, bytes: new Blob([ofd.bytes]) }, empty]);
    const result = await unpackBundle(packed);
    expect(result.ok && result.record).toEqual(RECORD);
    expect(result.ok && [...result.files.keys()]).toEqual([pdf.sha256, ofd.sha256, empty.sha256]);
    expect(result.ok && result.files.get(ofd.sha256)).toEqual(ofd.bytes);
    expect(result.ok && result.files.get(pdf.sha256)).toEqual(pdf.bytes);
  });

  it('writes exactly the documented layout, gzipped', async () => {
    const a = await file('AAAA');
    const inflated = await gunzipRaw(await packBundle(RECORD, [a]));
    expect(inflated).toEqual(layout(RECORD, [{ sha: await sha256(a.bytes), bytes: a.bytes }]));
  });

  it('stores a file listed twice once', async () => {
    const a = await file('same');
    const result = await unpackBundle(await packBundle(RECORD, [a, a]));
    expect(result.ok && result.files.size).toBe(1);
  });

  it('refuses a sha256 that is not lowercase hex', async () => {
    const a = await file('x');
    await expect(packBundle(RECORD, [{ sha256: a.sha256.toUpperCase(), bytes: a.bytes }])).rejects.toThrow(TypeError);
  });

  it('will not pack a file whose bytes do not match its sha256', async () => {
    const a = await file('original');
    const packing = packBundle(RECORD, [{ sha256: a.sha256, bytes: enc.encode('damaged') }]);
    await expect(packing).rejects.toSatisfy((e) => e instanceof BackupError && e.problem.code === 'backup-file-mismatch');
  });

  it('refuses on unpack a file whose bytes do not match its sha256', async () => {
    const a = await file('original bytes');
    const inflated = await gunzipRaw(await packBundle(RECORD, [a]));
    inflated[inflated.length - 1]! ^= 1;
    const problem = await problemOf(await gzipRaw(inflated));
    expect(problem.code).toBe('backup-file-mismatch');
    expect(problem.zh).toContain(a.sha256.slice(0, 12));
  });

  describe('untrusted input', () => {
    it.each([
      ['bad magic', async () => concat([enc.encode('FWBUNDLX'), layout(RECORD, []).subarray(8)])],
      ['record length past the end', async () => concat([enc.encode('FWBUNDLE'), u32(RECORD.length + 1), RECORD])],
      ['file size past the end', async () => {
        const a = await file('abc');
        return layout(RECORD, [{ sha: await sha256(a.bytes), bytes: a.bytes }]).subarray(0, -1);
      }],
      ['more files counted than present', async () => layout(RECORD, [], 1)],
      ['cut inside the count', async () => layout(RECORD, []).subarray(0, -2)],
      ['a byte after the last file', async () => concat([layout(RECORD, []), new Uint8Array(1)])],
      ['the same file twice', async () => {
        const a = await file('twice');
        const entry = { sha: await sha256(a.bytes), bytes: a.bytes };
        return layout(RECORD, [entry, entry]);
      }],
    ])('%s → corrupt', async (_, make) => {
      expect((await problemOf(await gzipRaw(await make()))).code).toBe('backup-bundle-corrupt');
    });

    it('data that is not gzip → corrupt', async () => {
      expect((await problemOf(enc.encode('%PDF-1.7 not gzip'))).code).toBe('backup-bundle-corrupt');
    });

    it('gzip cut short → corrupt', async () => {
      const packed = await packBundle(RECORD, [await file('some file')]);
      expect((await problemOf(packed.subarray(0, packed.length - 6))).code).toBe('backup-bundle-corrupt');
    });

    it('a record over maxRecordBytes → too large, on pack and unpack', async () => {
      const limits = { ...BACKUP_LIMITS, maxRecordBytes: RECORD.length - 1 };
      await expect(packBundle(RECORD, [], limits)).rejects.toSatisfy((e) => e instanceof BackupError && e.problem.code === 'backup-too-large');
      const problem = await problemOf(await packBundle(RECORD, []), limits);
      expect(problem.code).toBe('backup-too-large');
      expect(problem.zh).toContain('记录');
    });

    it('more files than maxFiles → too large, on pack and unpack', async () => {
      const files = [await file('1'), await file('2')];
      const limits = { ...BACKUP_LIMITS, maxFiles: 1 };
      await expect(packBundle(RECORD, files, limits)).rejects.toSatisfy((e) => e instanceof BackupError && e.problem.code === 'backup-too-large');
      expect((await problemOf(await packBundle(RECORD, files), limits)).code).toBe('backup-too-large');
    });

    it('a bundle over maxBundleBytes → too large, on pack and unpack', async () => {
      const files = [await file(new Uint8Array(1000))];
      const exact = 8 + 4 + RECORD.length + 4 + 36 + 1000;
      await expect(packBundle(RECORD, files, { ...BACKUP_LIMITS, maxBundleBytes: exact })).resolves.toBeInstanceOf(Uint8Array);
      const limits = { ...BACKUP_LIMITS, maxBundleBytes: exact - 1 };
      await expect(packBundle(RECORD, files, limits)).rejects.toSatisfy((e) => e instanceof BackupError && e.problem.code === 'backup-too-large');
      expect((await problemOf(await packBundle(RECORD, files), limits)).code).toBe('backup-too-large');
    });

    it('stops a gzip bomb at the limit without inflating all of it', async () => {
      const bombSize = 50 * 1024 * 1024;
      const bomb = await gzipRaw(layout(RECORD, [{ sha: new Uint8Array(32), bytes: new Uint8Array(bombSize) }]));
      let inflated = 0;
      const Real = globalThis.DecompressionStream;
      vi.stubGlobal(
        'DecompressionStream',
        class {
          readonly writable: WritableStream<BufferSource>;
          readonly readable: ReadableStream<Uint8Array>;
          constructor(format: CompressionFormat) {
            const real = new Real(format);
            this.writable = real.writable;
            this.readable = real.readable.pipeThrough(
              new TransformStream<Uint8Array, Uint8Array>({
                transform(chunk, controller) {
                  inflated += chunk.length;
                  controller.enqueue(chunk);
                },
              }),
            );
          }
        },
      );
      try {
        const problem = await problemOf(bomb, { ...BACKUP_LIMITS, maxBundleBytes: 1024 * 1024 });
        expect(problem.code).toBe('backup-too-large');
      } finally {
        vi.unstubAllGlobals();
      }
      expect(inflated).toBeGreaterThan(1024 * 1024);
      expect(inflated).toBeLessThan(bombSize / 4);
    });
  });
});
