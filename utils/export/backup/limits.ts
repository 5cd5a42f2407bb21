const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** Size limits of a backup; every reader and writer takes them as a parameter so tests can use tiny ones. */
export interface BackupLimits {
  /** Bytes of the encrypted file. */
  readonly maxBackupBytes: number;
  /** Bytes of the bundle once inflated (record, files and framing). */
  readonly maxBundleBytes: number;
  /** Bytes of the JSON record. */
  readonly maxRecordBytes: number;
  /** Original files in one bundle. */
  readonly maxFiles: number;
}

/**
 * The same limits apply when writing and reading, so a backup the extension writes is always one it can open.
 * - maxBackupBytes 1 GiB: AES-GCM in WebCrypto is one-shot, so opening holds the file and its decryption in memory
 *   at once; beyond 1 GiB that fails on ordinary 8 GB office PCs. It still holds many years of a small firm's invoices
 *   (an OFD or PDF is tens of KB, a photo a few MB).
 * - maxBundleBytes 1 GiB: the originals are already compressed (PDF, OFD, JPEG), so the bundle inflates to barely more
 *   than the file, and the worker holds all of it until the restore is written; a gzip bomb stops at this much.
 *   The bundle is parsed as it inflates, never held as one buffer.
 * - maxRecordBytes 256 MiB: the record becomes one string for JSON.parse; V8 strings stop at 2^29 - 24 UTF-16 units
 *   (about 512 Mi) and parsing needs several times the string's size. About 200,000 invoices at 1 KB each.
 * - maxFiles 100,000: each entry costs a map entry and a few objects whatever its size; the byte limits alone would
 *   let a crafted bundle of empty entries make tens of millions of them.
 */
export const BACKUP_LIMITS: BackupLimits = Object.freeze({
  maxBackupBytes: GiB,
  maxBundleBytes: GiB,
  maxRecordBytes: 256 * MiB,
  maxFiles: 100_000,
});
