import type { Problem } from '../../invoice/model';
import { decryptBackup, encryptBackup, type BackupHeader, type DecryptOptions, type EncryptOptions } from './backup-file';
import type { Bytes } from './bytes';
import { packBundle, unpackBundle, type BundleFile } from './bundle';
import { checkPassphrase } from './passphrase';
import { BackupError } from './problems';

export { readBackupHeader } from './backup-file';
export { BACKUP_LIMITS } from './limits';
export { checkPassphrase } from './passphrase';
export { BackupError, excessBytes, tooLarge } from './problems';

const BACKUP_MIME = 'application/octet-stream';

export type OpenResult = { ok: true; header: BackupHeader; record: Bytes; files: Map<string, Bytes> } | { ok: false; problem: Problem };

/**
 * The encrypted backup file of a record and its original files. Rejects with a BackupError (its `problem` is for
 * the user) for a refused passphrase, data over the limits, or an original that no longer matches its sha256.
 */
export async function sealBackup(content: { record: Uint8Array; files: readonly BundleFile[] }, passphrase: string, options: EncryptOptions = {}): Promise<Blob> {
  // Checked again by encryptBackup, but here before the slow packing.
  const refused = checkPassphrase(passphrase);
  if (refused) throw new BackupError(refused);
  const plain = await packBundle(content.record, content.files, options.limits);
  return new Blob([await encryptBackup(plain, passphrase, options)], { type: BACKUP_MIME });
}

/** The record and files of a backup file; every failure is a Problem. Files are keyed by their sha256 hex. */
export async function openBackup(bytes: Uint8Array, passphrase: string, options: DecryptOptions = {}): Promise<OpenResult> {
  const decrypted = await decryptBackup(bytes, passphrase, options);
  if (!decrypted.ok) return decrypted;
  const unpacked = await unpackBundle(decrypted.plain, options.limits);
  return unpacked.ok ? { ok: true, header: decrypted.header, record: unpacked.record, files: unpacked.files } : unpacked;
}
