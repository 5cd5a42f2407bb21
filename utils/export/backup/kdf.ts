import type { Bytes } from './bytes';
import { normalizePassphrase } from './passphrase';

/** OWASP 2023 for PBKDF2-HMAC-SHA256, and the least accepted when opening: a file asking for fewer was altered to make guessing cheap. */
export const MIN_ITERATIONS = 600_000;
/** The most accepted, so a hostile file cannot keep the page deriving for minutes (this is ~17× the default). */
export const MAX_ITERATIONS = 10_000_000;

export const SALT_BYTES = 16;
export const KEY_CHECK_BYTES = 32;

const encoder = new TextEncoder();
const KEY_INFO = encoder.encode('fapiao-watch backup v1 aes-gcm key');
const CHECK_INFO = encoder.encode('fapiao-watch backup v1 key check');

export interface DerivedKey {
  key: CryptoKey;
  /** Stored in the header as `keyCheck`. */
  check: Bytes;
}

/**
 * One 256-bit PBKDF2-SHA256 secret, split by HKDF-SHA256 into the AES-GCM key and a check value that tells a wrong
 * passphrase from a damaged file. One PBKDF2 run, not two: asking PBKDF2 for 512 bits would run it twice over.
 * Storing the check does not make guessing cheaper: testing a guess against it costs the same PBKDF2 run as testing
 * it against the ciphertext, and HKDF outputs under different labels reveal nothing about each other.
 */
export async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number, usage: 'encrypt' | 'decrypt'): Promise<DerivedKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(normalizePassphrase(passphrase)), 'PBKDF2', false, ['deriveBits']);
  const secret = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256);
  const hkdf = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveBits', 'deriveKey']);
  const split = (info: Uint8Array<ArrayBuffer>) => ({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info });
  const key = await crypto.subtle.deriveKey(split(KEY_INFO), hkdf, { name: 'AES-GCM', length: 256 }, false, [usage]);
  const check = new Uint8Array(await crypto.subtle.deriveBits(split(CHECK_INFO), hkdf, KEY_CHECK_BYTES * 8));
  return { key, check };
}
