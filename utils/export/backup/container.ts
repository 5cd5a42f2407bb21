import { z } from 'zod';
import type { Problem } from '../../invoice/model';
import { ascii, concat, equalBytes, fromBase64, readU32, sha256, startsWith, toBase64, u32, type Bytes } from './bytes';
import { KEY_CHECK_BYTES, SALT_BYTES } from './kdf';
import { badHeader, newerVersion, notBackup, tampered, truncated } from './problems';

/*
 * Backup file layout (integers are u32 big-endian):
 *
 *   offset   bytes
 *   0        8      "FWBACKUP"
 *   8        4      n, the header length (1..4096)
 *   12       n      header: UTF-8 JSON, a BackupHeader
 *   12+n     32     SHA-256 of bytes [0, 12+n)
 *   44+n     rest   AES-GCM ciphertext of the gzipped bundle, 16-byte tag last; the header gives its length
 *
 * The AES-GCM additional data is bytes [0, 44+n), so any change to the header makes decryption fail.
 * Every version keeps this layout up to the digest; only the header's fields and what follows it may change.
 *
 * The digest is keyless: it catches accidental damage to the header before the slow key derivation, so a flipped
 * bit in the salt or iterations reads as a damaged file instead of as a wrong passphrase. A deliberate edit can
 * recompute it; the additional data is what stops that.
 */
const MAGIC = ascii('FWBACKUP');
const TAG_BYTES = 16;
const PREFIX_BYTES = MAGIC.length + 4;
const DIGEST_BYTES = 32;
/** The header is under 300 bytes; a length beyond this is not one we wrote. */
const MAX_HEADER_BYTES = 4096;
const FORMAT = 'fapiao-watch-backup';
const VERSION = 1;
export const IV_BYTES = 12;
/** The most a file can add to its plaintext. */
export const MAX_OVERHEAD_BYTES = PREFIX_BYTES + MAX_HEADER_BYTES + DIGEST_BYTES + TAG_BYTES;

const BackupHeaderSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  kdf: z.object({ name: z.literal('PBKDF2'), hash: z.literal('SHA-256'), iterations: z.number().int(), salt: z.string() }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: z.string() }),
  /** ms since epoch */
  createdAt: z.number().int().nonnegative(),
  keyCheck: z.string(),
  /** Length of the ciphertext (tag included): a file cut short anywhere reads as incomplete, not as altered. */
  cipherBytes: z.number().int().min(TAG_BYTES),
});
export type BackupHeader = z.infer<typeof BackupHeaderSchema>;

export interface Container {
  header: BackupHeader;
  salt: Bytes;
  iv: Bytes;
  keyCheck: Bytes;
  /** Everything before the ciphertext: the AES-GCM additional data. */
  aad: Bytes;
  ciphertext: Uint8Array;
}

export type ContainerResult = { ok: true; container: Container } | { ok: false; problem: Problem };

export function makeHeader(fields: { iterations: number; salt: Uint8Array; iv: Uint8Array; keyCheck: Uint8Array; createdAt: number; plainBytes: number }): BackupHeader {
  return {
    format: FORMAT,
    version: VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: fields.iterations, salt: toBase64(fields.salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(fields.iv) },
    createdAt: fields.createdAt,
    keyCheck: toBase64(fields.keyCheck),
    cipherBytes: fields.plainBytes + TAG_BYTES,
  };
}

/** Magic, header and digest: what precedes the ciphertext and is its additional data. */
export async function encodePrefix(header: BackupHeader): Promise<Bytes> {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const signed = concat([MAGIC, u32(json.length), json]);
  return concat([signed, await sha256(signed)]);
}

/** A UTF-8 BOM or whitespace, then `{` or `[`: most likely an exported JSON record picked by mistake. */
function looksLikeJson(bytes: Uint8Array): boolean {
  const text = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  return text.startsWith('{') || text.startsWith('[');
}

/** Splits and checks a backup file without the passphrase; `iterations` is the accepted PBKDF2 range. */
export async function parseContainer(file: Uint8Array, iterations: { min: number; max: number }): Promise<ContainerResult> {
  const fail = (problem: Problem): ContainerResult => ({ ok: false, problem });
  if (!startsWith(file, MAGIC)) return fail(startsWith(MAGIC, file) ? truncated() : notBackup(looksLikeJson(file)));
  if (file.length < PREFIX_BYTES) return fail(truncated());
  const headerLength = readU32(file, MAGIC.length);
  if (headerLength === 0 || headerLength > MAX_HEADER_BYTES) return fail(badHeader(`文件头长度 ${headerLength}`, `header length ${headerLength}`));
  const digestAt = PREFIX_BYTES + headerLength;
  const cipherAt = digestAt + DIGEST_BYTES;
  if (file.length < cipherAt) return fail(truncated());
  if (!equalBytes(await sha256(file.subarray(0, digestAt)), file.subarray(digestAt, cipherAt))) return fail(tampered());

  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(file.subarray(PREFIX_BYTES, digestAt)));
  } catch {
    return fail(badHeader('文件头不是 JSON', 'the header is not JSON'));
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > VERSION) return fail(newerVersion());
  const parsed = BackupHeaderSchema.safeParse(json);
  if (!parsed.success) return fail(badHeader('格式或加密方式不受支持', 'unsupported format, key derivation or cipher'));
  const header = parsed.data;

  const n = header.kdf.iterations;
  if (n < iterations.min || n > iterations.max) {
    return fail(badHeader(`迭代次数 ${n} 不在 ${iterations.min}–${iterations.max} 之间`, `${n} iterations is outside ${iterations.min}–${iterations.max}`));
  }
  const salt = fromBase64(header.kdf.salt, SALT_BYTES);
  const iv = fromBase64(header.cipher.iv, IV_BYTES);
  const keyCheck = fromBase64(header.keyCheck, KEY_CHECK_BYTES);
  if (!salt || !iv || !keyCheck) return fail(badHeader('盐、IV 或校验值的长度不对', 'the salt, IV or key check has the wrong length'));

  const ciphertext = file.subarray(cipherAt);
  if (ciphertext.length < header.cipherBytes) return fail(truncated());
  if (ciphertext.length > header.cipherBytes) return fail(tampered());
  return { ok: true, container: { header, salt, iv, keyCheck, aad: file.slice(0, cipherAt), ciphertext } };
}
