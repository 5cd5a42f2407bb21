import type { Problem } from '../../invoice/model';
import { ascii, concat, equalBytes, own, readU32, sha256, sha256FromHex, toHex, u32, type Bytes } from './bytes';
import { GunzipReader, gzip } from './gzip';
import { BACKUP_LIMITS, type BackupLimits } from './limits';
import { BackupError, bundleCorrupt, excessBytes, fileMismatch, tooLarge, type Excess } from './problems';

/*
 * The bundle is the plaintext of a backup: the record and the original files, gzipped as a whole.
 * Inflated layout (integers are u32 big-endian):
 *
 *   "FWBUNDLE"        8 bytes
 *   recordLength r    4 bytes
 *   record            r bytes, the UTF-8 JSON record
 *   fileCount c       4 bytes
 *   c entries:        sha256 32 bytes (raw) | size s 4 bytes | s bytes of the file
 *
 * and nothing after the last entry. The count makes a bundle cut at an entry boundary an error too.
 */
const MAGIC = ascii('FWBUNDLE');
const ENTRY_HEAD_BYTES = 32 + 4;
const SHA256_HEX = /^[0-9a-f]{64}$/;

export interface BundleFile {
  /** Lowercase hex sha256 of `bytes`: the key the record refers to the file by. */
  sha256: string;
  bytes: Blob | Uint8Array;
}

export type UnpackResult = { ok: true; record: Bytes; files: Map<string, Bytes> } | { ok: false; problem: Problem };

const recordExcess = (limits: BackupLimits) => excessBytes('记录', 'The record', limits.maxRecordBytes);
const countExcess = (limits: BackupLimits): Excess => ({ zh: '发票原件的数量', en: 'The number of original files', limit: String(limits.maxFiles) });

/**
 * Gzipped bundle of the record and the files (a file listed twice is stored once). Blobs are read one at a time as
 * the compressor needs them. Rejects with a BackupError if the bundle would exceed `limits` or a file does not
 * match its sha256: a backup that could not be opened again must not be written.
 */
export async function packBundle(record: Uint8Array, files: readonly BundleFile[], limits: BackupLimits = BACKUP_LIMITS): Promise<Bytes> {
  const unique = new Map<string, Blob | Uint8Array>();
  for (const file of files) {
    if (!SHA256_HEX.test(file.sha256)) throw new TypeError(`packBundle: not a lowercase hex sha256: ${file.sha256}`);
    unique.set(file.sha256, file.bytes);
  }
  let inflated = MAGIC.length + 4 + record.length + 4;
  for (const bytes of unique.values()) inflated += ENTRY_HEAD_BYTES + (bytes instanceof Blob ? bytes.size : bytes.length);
  if (record.length > limits.maxRecordBytes) throw new BackupError(tooLarge(recordExcess(limits), true));
  if (unique.size > limits.maxFiles) throw new BackupError(tooLarge(countExcess(limits), true));
  if (inflated > limits.maxBundleBytes) throw new BackupError(tooLarge(excessBytes('要备份的数据', 'The data to back up', limits.maxBundleBytes), true));
  return gzip(bundleParts(record, unique));
}

async function* bundleParts(record: Uint8Array, files: Map<string, Blob | Uint8Array>): AsyncGenerator<Bytes> {
  yield MAGIC;
  yield u32(record.length);
  yield own(record);
  yield u32(files.size);
  for (const [sha, source] of files) {
    const bytes = source instanceof Blob ? new Uint8Array(await source.arrayBuffer()) : own(source);
    if (toHex(await sha256(bytes)) !== sha) throw new BackupError(fileMismatch(sha, true));
    yield concat([sha256FromHex(sha), u32(bytes.length)]);
    yield bytes;
  }
}

/**
 * Reads a gzipped bundle from an untrusted source. It is parsed while it inflates, counting the inflated bytes
 * against `limits.maxBundleBytes`; a length field is never trusted for an allocation, since each piece is gathered
 * only from bytes that actually arrive, so a lying length ends as corrupt or too large. Each file's sha256 is checked.
 */
export async function unpackBundle(plain: Uint8Array, limits: BackupLimits = BACKUP_LIMITS): Promise<UnpackResult> {
  const input = new GunzipReader(plain, limits.maxBundleBytes);
  try {
    return { ok: true, ...(await readBundle(input, limits)) };
  } catch (error) {
    if (error instanceof BackupError) return { ok: false, problem: error.problem };
    throw error;
  } finally {
    await input.close();
  }
}

async function readBundle(input: GunzipReader, limits: BackupLimits): Promise<{ record: Bytes; files: Map<string, Bytes> }> {
  if (!equalBytes(await need(input, MAGIC.length), MAGIC)) throw new BackupError(bundleCorrupt());
  const recordLength = readU32(await need(input, 4), 0);
  if (recordLength > limits.maxRecordBytes) throw new BackupError(tooLarge(recordExcess(limits), false));
  const record = await need(input, recordLength);
  const count = readU32(await need(input, 4), 0);
  if (count > limits.maxFiles) throw new BackupError(tooLarge(countExcess(limits), false));
  const files = new Map<string, Bytes>();
  for (let i = 0; i < count; i++) {
    const head = await need(input, ENTRY_HEAD_BYTES);
    const sha = toHex(head.subarray(0, 32));
    if (files.has(sha)) throw new BackupError(bundleCorrupt());
    const bytes = await need(input, readU32(head, 32));
    if (toHex(await sha256(bytes)) !== sha) throw new BackupError(fileMismatch(sha, false));
    files.set(sha, bytes);
  }
  if (!(await input.atEnd())) throw new BackupError(bundleCorrupt());
  return { record, files };
}

async function need(input: GunzipReader, n: number): Promise<Bytes> {
  const bytes = await input.take(n);
  if (!bytes) throw new BackupError(bundleCorrupt());
  return bytes;
}
