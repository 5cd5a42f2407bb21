import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { planMerge } from '@/utils/export/record/merge-plan';
import { RECORD_FORMAT, RECORD_VERSION } from '@/utils/export/record/record-schema';
import { HEADER, sampleData } from '@/utils/export/record/test-record';
import { NUMBER, T0 } from '@/utils/reconcile/test-fixtures';
import { applyMerge } from '@/utils/store/apply-merge';
import { openStore } from '@/utils/store/db';
import { readStoredRecord } from '@/utils/store/record-data';
import { RecordJobs } from './record-jobs';

const NOW = T0 + 60_000;
const PASS = 'correct horse 电池';
let n = 0;

const ORIGINAL = '%PDF-1.7 original';
const SHA = createHash('sha256').update(ORIGINAL).digest('hex');

/** A store holding the sample register, its original file included. */
async function seeded() {
  const db = await openStore(`jobs-${++n}`);
  const data = sampleData();
  data.files = data.files.map((f) => ({ ...f, id: `${f.invoiceKey}/${SHA}`, sha256: SHA, size: ORIGINAL.length }));
  const record = { format: RECORD_FORMAT, version: RECORD_VERSION, ...HEADER, ...data } as const;
  await applyMerge(db, planMerge((await readStoredRecord(db)).data, record, T0, new Set([SHA])), {
    takeIncoming: new Set(),
    fileBytes: new Map([[SHA, new Blob([ORIGINAL])]]),
    source: 'seed',
    now: T0,
  });
  return { db, jobs: new RecordJobs(async () => db, '1.2.3', 'zh', () => NOW) };
}

async function empty() {
  const db = await openStore(`jobs-${++n}`);
  return { db, jobs: new RecordJobs(async () => db, '1.2.3', 'zh', () => NOW) };
}

const asFile = (blob: Blob, name: string) => new File([blob], name);

describe('record jobs', () => {
  it('exports every format of the whole register or of a filter', async () => {
    const { jobs } = await seeded();
    const csv = await jobs.export('csv', null);
    expect(csv.count).toBe(2);
    expect(csv.name).toMatch(/^发票守望-发票清单-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await csv.blob.text()).toContain('24112000000123456789');
    expect((await jobs.export('xlsx', ['011002300111-00012345'])).count).toBe(1);
    const json = await jobs.export('json', ['011002300111-00012345']);
    const record = JSON.parse(await json.blob.text());
    expect(record).toMatchObject({ format: 'fapiao-watch-record', selection: 'filtered' });
    expect(record.invoices.map((i: { key: string }) => i.key)).toEqual(['011002300111-00012345']);
    expect(record.files).toEqual([]);
  });

  it('restores a backup into an empty store exactly, original files included; a second restore changes nothing', async () => {
    const source = await seeded();
    const backup = await source.jobs.backup(PASS, true);
    expect(backup).toMatchObject({ count: 2, files: 1 });

    const target = await empty();
    const preview = await target.jobs.preview(asFile(backup.blob, backup.name), PASS);
    expect(preview).toMatchObject({ encrypted: true, counts: { added: 2, updated: 0, conflicts: 0 }, evidence: { files: 1, filesWithoutBytes: 0 } });
    expect(await target.jobs.apply(preview.previewId, [])).toMatchObject({ ok: true, added: 2, files: 1 });

    const [before, after] = [await readStoredRecord(source.db), await readStoredRecord(target.db)];
    expect(after.data).toEqual(before.data);
    expect(await after.blobs.get(SHA)?.text()).toBe(ORIGINAL);
    expect((await target.jobs.preview(asFile(backup.blob, backup.name), PASS)).empty).toBe(true);
  });

  it.each([
    ['a wrong passphrase', async (blob: Blob) => blob, 'wrong passphrase!', 'backup-wrong-passphrase'],
    ['a flipped byte', async (blob: Blob) => flip(blob, -20), PASS, 'backup-tampered'],
    ['a file cut short', async (blob: Blob) => blob.slice(0, blob.size - 100), PASS, 'backup-truncated'],
  ])('refuses %s and writes nothing', async (_, spoil, passphrase, code) => {
    const { jobs: source } = await seeded();
    const backup = await source.backup(PASS, true);
    const target = await empty();
    await expect(target.jobs.preview(asFile(await spoil(backup.blob), 'b.fwbackup'), passphrase)).rejects.toMatchObject({ problems: [{ code }] });
    expect((await readStoredRecord(target.db)).data.invoices).toEqual([]);
  });

  it('tells a backup chosen as a record, and a record chosen as a backup, what to do instead', async () => {
    const { jobs } = await seeded();
    const backup = await jobs.backup(PASS, false);
    await expect(jobs.preview(asFile(backup.blob, 'b.fwbackup'), null)).rejects.toMatchObject({ problems: [{ code: 'record-is-backup' }] });
    const json = await jobs.export('json', null);
    await expect(jobs.preview(asFile(json.blob, 'r.json'), PASS)).rejects.toMatchObject({ problems: [{ code: 'backup-not-backup' }] });
  });

  it('previews a record whose invoice disagrees as a conflict and changes nothing unless asked', async () => {
    const { db, jobs } = await seeded();
    const json = JSON.parse(await (await jobs.export('json', null)).blob.text());
    const changed = json.invoices.find((i: { key: string }) => i.key === NUMBER);
    changed.total = '1.00';
    const preview = await jobs.preview(asFile(new Blob([JSON.stringify(json)]), 'r.json'), null);
    expect(preview.conflicts).toEqual([{ key: NUMBER, differences: [{ field: 'total', stored: '1130.00', incoming: '1.00' }] }]);
    await jobs.apply(preview.previewId, []);
    expect((await db.get('expected', NUMBER))?.total).toBe('1130.00');
    await expect(jobs.apply(preview.previewId, [])).rejects.toMatchObject({ problems: [{ code: 'preview-expired' }] });
  });
});

async function flip(blob: Blob, at: number): Promise<Blob> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const i = bytes.length + at;
  bytes[i] = bytes[i]! ^ 0x01;
  return new Blob([bytes]);
}
