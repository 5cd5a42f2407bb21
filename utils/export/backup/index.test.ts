import { describe, expect, it } from 'vitest';
import { sha256, toHex } from './bytes';
import { BACKUP_LIMITS, BackupError, openBackup, sealBackup } from './index';

const FAST = { iterations: 1000, unsafeMinIterationsForTests: 1000 };
const OPEN = { unsafeMinIterationsForTests: 1000 };
const PASS = '年终对账 2025';
const record = new TextEncoder().encode(JSON.stringify({ invoices: [{ key: '25312000000012345678', total: '1130.00' }] }));

async function original(bytes: Uint8Array<ArrayBuffer>) {
  return { sha256: toHex(await sha256(bytes)), bytes };
}

describe('sealBackup / openBackup', () => {
  it('round-trips a record and its original files through an opaque Blob', async () => {
    const pdf = await original(new TextEncoder().encode('%PDF-1.7 发票'));
    const photo = await original(crypto.getRandomValues(new Uint8Array(50_000)));
    const blob = await sealBackup({ record, files: [pdf, { sha256: photo.sha256, bytes: new Blob([photo.bytes]) }] }, PASS, FAST);
    expect(blob.type).toBe('application/octet-stream');

    const opened = await openBackup(new Uint8Array(await blob.arrayBuffer()), PASS, OPEN);
    if (!opened.ok) throw new Error(opened.problem.en);
    expect(opened.record).toEqual(record);
    expect(opened.files).toEqual(new Map([[pdf.sha256, pdf.bytes], [photo.sha256, photo.bytes]]));
    expect(opened.header.kdf.iterations).toBe(1000);
  });

  it('refuses a short passphrase before packing anything', async () => {
    const unreadable = { sha256: '0'.repeat(64), bytes: new Blob(['never read']) };
    const sealing = sealBackup({ record, files: [unreadable] }, 'short', FAST);
    await expect(sealing).rejects.toSatisfy((e) => e instanceof BackupError && e.problem.code === 'backup-passphrase-short');
  });

  it('reports a wrong passphrase', async () => {
    const bytes = new Uint8Array(await (await sealBackup({ record, files: [] }, PASS, FAST)).arrayBuffer());
    expect(await openBackup(bytes, '年终对账 2024', OPEN)).toMatchObject({ ok: false, problem: { code: 'backup-wrong-passphrase' } });
  });

  it('unpacks within the limits it is given', async () => {
    const zeros = await original(new Uint8Array(200_000));
    const bytes = new Uint8Array(await (await sealBackup({ record, files: [zeros] }, PASS, FAST)).arrayBuffer());
    const limits = { ...BACKUP_LIMITS, maxBundleBytes: 100_000 };
    expect(await openBackup(bytes, PASS, { ...OPEN, limits })).toMatchObject({ ok: false, problem: { code: 'backup-too-large' } });
  });
});
