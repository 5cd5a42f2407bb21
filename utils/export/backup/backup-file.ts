import type { Problem } from '../../invoice/model';
import { concat, equalBytes, own, type Bytes } from './bytes';
import { encodePrefix, IV_BYTES, makeHeader, MAX_OVERHEAD_BYTES, parseContainer, type BackupHeader, type ContainerResult } from './container';
import { deriveKey, MAX_ITERATIONS, MIN_ITERATIONS, SALT_BYTES } from './kdf';
import { BACKUP_LIMITS, type BackupLimits } from './limits';
import { checkPassphrase } from './passphrase';
import { BackupError, excessBytes, passphraseEmpty, tampered, tooLarge, wrongPassphrase } from './problems';

export type { BackupHeader } from './container';

export interface EncryptOptions {
  /** PBKDF2 iterations, MIN_ITERATIONS (600,000) by default. */
  iterations?: number;
  /** ms since epoch, now by default. */
  createdAt?: number;
  limits?: BackupLimits;
  /** Tests only: lowers the least iterations allowed, to keep them fast. Never set it in the extension. */
  unsafeMinIterationsForTests?: number;
}

export interface DecryptOptions {
  /** Most PBKDF2 iterations a file may ask for, MAX_ITERATIONS by default. */
  maxIterations?: number;
  limits?: BackupLimits;
  /** Tests only: lowers the least iterations accepted. Never set it in the extension. */
  unsafeMinIterationsForTests?: number;
}

export type DecryptResult = { ok: true; plain: Bytes; header: BackupHeader } | { ok: false; problem: Problem };
export type HeaderResult = { ok: true; header: BackupHeader } | { ok: false; problem: Problem };

/**
 * The backup file for `plain` (a gzipped bundle), protected by `passphrase`. Rejects with a BackupError for an
 * unacceptable passphrase or a file over `limits.maxBackupBytes`; throws RangeError for iterations out of range.
 */
export async function encryptBackup(plain: Uint8Array, passphrase: string, options: EncryptOptions = {}): Promise<Bytes> {
  const refused = checkPassphrase(passphrase);
  if (refused) throw new BackupError(refused);
  const iterations = options.iterations ?? MIN_ITERATIONS;
  const min = options.unsafeMinIterationsForTests ?? MIN_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < min || iterations > MAX_ITERATIONS) {
    throw new RangeError(`encryptBackup: iterations must be an integer in ${min}–${MAX_ITERATIONS}, got ${iterations}`);
  }
  const createdAt = options.createdAt ?? Date.now();
  if (!Number.isSafeInteger(createdAt) || createdAt < 0) throw new RangeError(`encryptBackup: createdAt must be ms since epoch, got ${createdAt}`);
  // Judged with the largest possible header, so every file written is one decryptBackup accepts.
  const limit = (options.limits ?? BACKUP_LIMITS).maxBackupBytes;
  if (plain.length + MAX_OVERHEAD_BYTES > limit) throw new BackupError(tooLarge(excessBytes('备份文件', 'The backup file', limit), true));

  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const { key, check } = await deriveKey(passphrase, salt, iterations, 'encrypt');
  const prefix = await encodePrefix(makeHeader({ iterations, salt, iv, keyCheck: check, createdAt, plainBytes: plain.length }));
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: prefix }, key, own(plain));
  return concat([prefix, new Uint8Array(ciphertext)]);
}

function parse(file: Uint8Array, options: DecryptOptions): Promise<ContainerResult> {
  return parseContainer(file, { min: options.unsafeMinIterationsForTests ?? MIN_ITERATIONS, max: options.maxIterations ?? MAX_ITERATIONS });
}

/** What a backup file is (e.g. when it was made), to show before asking for the passphrase; checked as far as that is possible without it. */
export async function readBackupHeader(file: Uint8Array, options: DecryptOptions = {}): Promise<HeaderResult> {
  const parsed = await parse(file, options);
  return parsed.ok ? { ok: true, header: parsed.container.header } : parsed;
}

/** The gzipped bundle inside a backup file. Every failure is a Problem: the file is untrusted. */
export async function decryptBackup(file: Uint8Array, passphrase: string, options: DecryptOptions = {}): Promise<DecryptResult> {
  const limit = (options.limits ?? BACKUP_LIMITS).maxBackupBytes;
  if (file.length > limit) return { ok: false, problem: tooLarge(excessBytes('备份文件', 'The backup file', limit), false) };
  const parsed = await parse(file, options);
  if (!parsed.ok) return parsed;
  // Not checkPassphrase: the length rule may rise later, and backups made under the old one must still open.
  if (passphrase === '') return { ok: false, problem: passphraseEmpty() };

  const { header, salt, iv, keyCheck, aad, ciphertext } = parsed.container;
  const { key, check } = await deriveKey(passphrase, salt, header.kdf.iterations, 'decrypt');
  if (!equalBytes(check, keyCheck)) return { ok: false, problem: wrongPassphrase() };
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, own(ciphertext));
    return { ok: true, plain: new Uint8Array(plain), header };
  } catch {
    return { ok: false, problem: tampered() };
  }
}
