import { beforeAll, describe, expect, it } from 'vitest';
import { decryptBackup, encryptBackup, readBackupHeader, type DecryptOptions } from './backup-file';
import { concat, readU32, sha256, u32 } from './bytes';
import { encodePrefix, type BackupHeader } from './container';
import { BACKUP_LIMITS } from './limits';
import { BackupError } from './problems';

const PASS = 'correct horse 电池';
const PLAIN = crypto.getRandomValues(new Uint8Array(5000));
/** Only the explicit test option makes fewer than 600,000 iterations possible; see the tests that prove it. */
const FAST = { iterations: 1000, unsafeMinIterationsForTests: 1000 };
const OPEN: DecryptOptions = { unsafeMinIterationsForTests: 1000 };
const enc = new TextEncoder();

const headerLength = (file: Uint8Array) => readU32(file, 8);

/** The file with its header JSON edited and its digest recomputed: a deliberate edit, not accidental damage. */
async function rewriteHeader(file: Uint8Array, edit: (header: Record<string, any>) => void): Promise<Uint8Array> {
  const n = headerLength(file);
  const header = JSON.parse(new TextDecoder().decode(file.subarray(12, 12 + n)));
  edit(header);
  return concat([await encodePrefix(header as BackupHeader), file.subarray(12 + n + 32)]);
}

function flipped(file: Uint8Array, at: number): Uint8Array {
  const copy = file.slice();
  copy[at]! ^= 0x01;
  return copy;
}

async function codeOf(file: Uint8Array, passphrase = PASS, options: DecryptOptions = OPEN): Promise<string> {
  const result = await decryptBackup(file, passphrase, options);
  return result.ok ? 'ok' : result.problem.code;
}

let file: Uint8Array;
beforeAll(async () => {
  file = await encryptBackup(PLAIN, PASS, { ...FAST, createdAt: 1_750_000_000_000 });
});

describe('encryptBackup / decryptBackup', () => {
  it('round-trips and describes the file in its header', async () => {
    const result = await decryptBackup(file, PASS, OPEN);
    expect(result.ok && result.plain).toEqual(PLAIN);
    expect(result.ok && result.header).toMatchObject({
      format: 'fapiao-watch-backup',
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 1000 },
      cipher: { name: 'AES-GCM' },
      createdAt: 1_750_000_000_000,
    });
  });

  it('reads a file given as a view into a larger buffer', async () => {
    const view = concat([new Uint8Array(7), file]).subarray(7);
    expect(await codeOf(view)).toBe('ok');
  });

  it('starts with the magic bytes and a length-prefixed JSON header', () => {
    expect(new TextDecoder().decode(file.subarray(0, 8))).toBe('FWBACKUP');
    expect(JSON.parse(new TextDecoder().decode(file.subarray(12, 12 + headerLength(file)))).format).toBe('fapiao-watch-backup');
  });

  it('uses 600,000 iterations by default, and opens with the default options', async () => {
    const made = await encryptBackup(PLAIN, PASS);
    const result = await decryptBackup(made, PASS);
    expect(result.ok && result.header.kdf.iterations).toBe(600_000);
    expect(result.ok && result.plain).toEqual(PLAIN);
  }, 30_000);

  it('will not encrypt with fewer than 600,000 iterations without the test option', async () => {
    await expect(encryptBackup(PLAIN, PASS, { iterations: 599_999 })).rejects.toThrow(RangeError);
    await expect(encryptBackup(PLAIN, PASS, { iterations: 10_000_001 })).rejects.toThrow(RangeError);
  });

  it('will not write a creation time its header check would refuse', async () => {
    await expect(encryptBackup(PLAIN, PASS, { ...FAST, createdAt: 1.5 })).rejects.toThrow(RangeError);
  });

  it('refuses a file asking for fewer than 600,000 iterations, before deriving any key', async () => {
    const result = await decryptBackup(file, PASS);
    expect(!result.ok && result.problem.code).toBe('backup-bad-header');
    expect(!result.ok && result.problem.zh).toContain('迭代次数 1000');
    expect(await codeOf(await rewriteHeader(file, (h) => (h.kdf.iterations = 599_999)), PASS, {})).toBe('backup-bad-header');
  });

  it('refuses a file asking for more iterations than the maximum', async () => {
    expect(await codeOf(await rewriteHeader(file, (h) => (h.kdf.iterations = 10_000_001)), PASS, {})).toBe('backup-bad-header');
    expect(await codeOf(file, PASS, { ...OPEN, maxIterations: 999 })).toBe('backup-bad-header');
  });

  it('reports a wrong passphrase as such', async () => {
    expect(await codeOf(file, 'correct horse 电 池')).toBe('backup-wrong-passphrase');
  });

  it('opens with the passphrase typed in full-width mode (NFKC)', async () => {
    const made = await encryptBackup(PLAIN, 'Secret 2025', FAST);
    expect(await codeOf(made, 'Ｓｅｃｒｅｔ\u3000２０２５')).toBe('ok');
  });

  it('asks for a passphrase instead of deriving from an empty one', async () => {
    expect(await codeOf(file, '')).toBe('backup-passphrase-empty');
  });

  it.each([
    ['first ciphertext byte', (f: Uint8Array) => 12 + headerLength(f) + 32],
    ['middle of the ciphertext', (f: Uint8Array) => f.length - 2500],
    ['last byte of the tag', (f: Uint8Array) => f.length - 1],
    ['header JSON (the iterations)', (f: Uint8Array) => 12 + new TextDecoder().decode(f.subarray(12)).indexOf('"iterations":1000') + 13],
    ['header digest', (f: Uint8Array) => 12 + headerLength(f) + 5],
  ])('a flipped byte in the %s → tampered', async (_, at) => {
    expect(await codeOf(flipped(file, at(file)))).toBe('backup-tampered');
  });

  it('binds the header to the ciphertext: an edit with a recomputed digest still fails', async () => {
    expect(await codeOf(await rewriteHeader(file, (h) => (h.createdAt += 1)))).toBe('backup-tampered');
  });

  it.each([
    ['empty', () => 0],
    ['inside the magic', () => 5],
    ['before the header length', () => 8],
    ['inside the header length', () => 10],
    ['before the header', () => 12],
    ['inside the header', (f: Uint8Array) => 12 + (headerLength(f) >> 1)],
    ['inside the digest', (f: Uint8Array) => 12 + headerLength(f) + 31],
    ['before the ciphertext', (f: Uint8Array) => 12 + headerLength(f) + 32],
    ['shorter than the tag', (f: Uint8Array) => 12 + headerLength(f) + 32 + 15],
  ])('cut %s → truncated', async (_, at) => {
    expect(await codeOf(file.subarray(0, at(file)))).toBe('backup-truncated');
  });

  it.each([1, 16, 2500])('cut %i bytes before the end → truncated, before any passphrase is tried', async (n) => {
    expect(await codeOf(file.subarray(0, file.length - n))).toBe('backup-truncated');
  });

  it('a byte appended → tampered', async () => {
    expect(await codeOf(new Uint8Array([...file, 0]))).toBe('backup-tampered');
  });

  it('sends a backup from a newer version to an upgrade, whatever else its header holds', async () => {
    const newer = await rewriteHeader(file, (h) => {
      h.version = 2;
      h.kdf = { name: 'Argon2id' };
    });
    const result = await decryptBackup(newer, PASS, OPEN);
    expect(!result.ok && result.problem).toMatchObject({ code: 'backup-newer-version', zh: '此备份由更新版本的发票守望生成，请先升级扩展。' });
  });

  it.each<[string, (h: Record<string, any>) => void]>([
    ['another format', (h) => (h.format = 'other')],
    ['version 0', (h) => (h.version = 0)],
    ['another hash', (h) => (h.kdf.hash = 'SHA-1')],
    ['another cipher', (h) => (h.cipher.name = 'AES-CBC')],
    ['fractional iterations', (h) => (h.kdf.iterations = 1000.5)],
    ['a short salt', (h) => (h.kdf.salt = btoa('0123456789abcde'))],
    ['an IV that is not base64', (h) => (h.cipher.iv = '!!!!')],
    ['no key check', (h) => delete h.keyCheck],
  ])('a header with %s → bad header', async (_, edit) => {
    expect(await codeOf(await rewriteHeader(file, edit))).toBe('backup-bad-header');
  });

  it.each([0, 4097])('a header length of %i → bad header', async (n) => {
    expect(await codeOf(concat([file.subarray(0, 8), u32(n), file.subarray(12)]))).toBe('backup-bad-header');
  });

  it('a header that is not JSON → bad header', async () => {
    const signed = concat([file.subarray(0, 8), u32(8), enc.encode('not json')]);
    const body = file.subarray(12 + headerLength(file) + 32);
    expect(await codeOf(concat([signed, await sha256(signed), body]))).toBe('backup-bad-header');
  });

  it("says a PDF is not a backup, and doesn't mention records", async () => {
    const result = await decryptBackup(enc.encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), PASS, OPEN);
    expect(!result.ok && result.problem.code).toBe('backup-not-backup');
    expect(!result.ok && result.problem.zh).not.toContain('导入记录');
  });

  it('says a plain JSON record is unencrypted and should be imported with 导入记录', async () => {
    const result = await decryptBackup(enc.encode('\uFEFF\n  {"format":"fapiao-watch-record","invoices":[]}'), PASS, OPEN);
    expect(!result.ok && result.problem.code).toBe('backup-not-backup');
    expect(!result.ok && result.problem.zh).toContain('导入记录');
    expect(!result.ok && result.problem.en).toContain('unencrypted');
  });

  it('refuses a file over maxBackupBytes, and will not write one', async () => {
    const limits = { ...BACKUP_LIMITS, maxBackupBytes: file.length - 1 };
    expect(await codeOf(file, PASS, { ...OPEN, limits })).toBe('backup-too-large');
    await expect(encryptBackup(PLAIN, PASS, { ...FAST, limits })).rejects.toSatisfy((e) => e instanceof BackupError && e.problem.code === 'backup-too-large');
  });

  it.each([
    ['', 'backup-passphrase-empty'],
    ['1234567', 'backup-passphrase-short'],
  ])('will not encrypt with the passphrase %j', async (passphrase, code) => {
    await expect(encryptBackup(PLAIN, passphrase, FAST)).rejects.toSatisfy((e) => e instanceof BackupError && e.problem.code === code);
  });

  it('gives two encryptions of the same data a different salt, IV and ciphertext', async () => {
    const again = await encryptBackup(PLAIN, PASS, { ...FAST, createdAt: 1_750_000_000_000 });
    const [a, b] = [await readBackupHeader(file, OPEN), await readBackupHeader(again, OPEN)];
    if (!a.ok || !b.ok) throw new Error('headers expected');
    expect(a.header.kdf.salt).not.toBe(b.header.kdf.salt);
    expect(a.header.cipher.iv).not.toBe(b.header.cipher.iv);
    expect(a.header.keyCheck).not.toBe(b.header.keyCheck);
    expect(again.subarray(-PLAIN.length)).not.toEqual(file.subarray(-PLAIN.length));
  });
});

describe('readBackupHeader', () => {
  it('tells when a backup was made without the passphrase', async () => {
    const result = await readBackupHeader(file, OPEN);
    expect(result.ok && result.header.createdAt).toBe(1_750_000_000_000);
  });

  it('applies the same checks as decrypting', async () => {
    expect(await readBackupHeader(file)).toMatchObject({ ok: false, problem: { code: 'backup-bad-header' } });
    expect(await readBackupHeader(file.subarray(0, 20), OPEN)).toMatchObject({ ok: false, problem: { code: 'backup-truncated' } });
  });
});
