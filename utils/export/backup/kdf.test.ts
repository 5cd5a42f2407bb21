import { describe, expect, it } from 'vitest';
import { deriveKey } from './kdf';

const encoder = new TextEncoder();

/** The same derivation spelled out: PBKDF2-SHA256 to 256 bits, then HKDF-SHA256 under two labels. */
async function reference(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase), 'PBKDF2', false, ['deriveBits']);
  const secret = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256);
  const hkdf = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveBits']);
  const bits = async (info: string) =>
    new Uint8Array(await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: encoder.encode(info) }, hkdf, 256));
  return { key: await bits('fapiao-watch backup v1 aes-gcm key'), check: await bits('fapiao-watch backup v1 key check') };
}

describe('deriveKey', () => {
  it('keys AES-GCM and checks with two HKDF labels of one PBKDF2-SHA256 secret', async () => {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const expected = await reference('pass phrase', salt, 1000);
    const { key, check } = await deriveKey('pass phrase', salt, 1000, 'encrypt');

    expect(check).toEqual(expected.check);
    expect(check).not.toEqual(expected.key);
    const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new Uint8Array([1, 2, 3]));
    const rawKey = await crypto.subtle.importKey('raw', expected.key, 'AES-GCM', false, ['decrypt']);
    expect(new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, rawKey, sealed))).toEqual(new Uint8Array([1, 2, 3]));
  });
});
