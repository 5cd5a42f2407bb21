import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planIsEmpty, planMerge } from '../export/record/merge-plan';
import { RECORD_FORMAT, RECORD_VERSION, type RecordData } from '../export/record/record-schema';
import { HEADER, sampleData } from '../export/record/test-record';
import { NUMBER, T0 } from '../reconcile/test-fixtures';
import { activityOf } from './activity';
import { applyMerge, type MergeChoices } from './apply-merge';
import { openStore, type FapiaoDB } from './db';
import { readStoredRecord } from './record-data';
import { removeExpected } from './trash';

const NOW = T0 + 1000;
const SHA = 'ab'.repeat(32);
const record = (data: RecordData) => ({ format: RECORD_FORMAT, version: RECORD_VERSION, ...HEADER, ...data }) as const;
const choices = (over: Partial<MergeChoices> = {}): MergeChoices => ({
  takeIncoming: new Set(),
  fileBytes: new Map([[SHA, new Blob(['pdf'])]]),
  source: 'backup.fwbackup',
  now: NOW,
  ...over,
});

async function merge(db: FapiaoDB, data: RecordData, over: Partial<MergeChoices> = {}) {
  const c = choices(over);
  return applyMerge(db, planMerge((await readStoredRecord(db)).data, record(data), NOW, new Set(c.fileBytes.keys())), c);
}

let db: FapiaoDB;
let n = 0;
beforeEach(async () => {
  db = await openStore(`merge-${++n}`);
});
afterEach(() => db.close());

describe('applyMerge', () => {
  it('restores a record into an empty store exactly, originals included, and a second time changes nothing', async () => {
    expect(await merge(db, sampleData())).toEqual({ ok: true, added: 2, updated: 0, replaced: 0, files: 1, filesWithoutBytes: 0 });
    const stored = await readStoredRecord(db);
    const byKey = <T extends { key: string }>(list: T[]) => [...list].sort((a, b) => a.key.localeCompare(b.key));
    const expected = sampleData();
    expect({ ...stored.data, invoices: byKey(stored.data.invoices), sightings: byKey(stored.data.sightings) }).toEqual({
      ...expected,
      invoices: byKey(expected.invoices),
      sightings: byKey(expected.sightings),
    });
    expect(await stored.blobs.get(SHA)?.text()).toBe('pdf');

    expect(planIsEmpty(planMerge(stored.data, record(sampleData()), NOW, new Set([SHA])))).toBe(true);
  });

  it('merges a sighting field by field with what the portal showed since the preview', async () => {
    const incoming = sampleData();
    const plan = planMerge((await readStoredRecord(db)).data, record(incoming), NOW, new Set([SHA]));
    const seen = incoming.sightings[0]!;
    await db.put('sightings', { ...seen, seenAt: T0 + 50, statusCode: '02', buyerName: undefined, sellerName: '晨光' });
    await applyMerge(db, plan, choices());
    expect(await db.get('sightings', seen.key)).toEqual({ ...seen, seenAt: T0 + 50, statusCode: '02', sellerName: '晨光' });
  });

  it('counts originals a plain JSON record names but cannot carry', async () => {
    expect(await merge(db, sampleData(), { fileBytes: new Map() })).toMatchObject({ files: 0, filesWithoutBytes: 1 });
  });

  it('writes nothing when an invoice changed after the preview', async () => {
    await merge(db, sampleData());
    const incoming = sampleData();
    incoming.invoices[0] = { ...incoming.invoices[0]!, total: '9.00' };
    incoming.activity.push({ id: 'new', key: NUMBER, at: T0 + 3, kind: 'fixed' });
    const plan = planMerge((await readStoredRecord(db)).data, record(incoming), NOW, new Set([SHA]));
    await db.put('expected', { ...sampleData().invoices[0]!, updatedAt: T0 + 7 });
    expect(await applyMerge(db, plan, choices({ takeIncoming: new Set([NUMBER]) }))).toEqual({ ok: false, conflicts: [NUMBER] });
    expect((await activityOf(db, NUMBER)).map((a) => a.id)).toEqual(['a1']);
  });

  it('writes nothing when a new invoice was added elsewhere after the preview', async () => {
    const plan = planMerge((await readStoredRecord(db)).data, record(sampleData()), NOW, new Set([SHA]));
    await db.put('expected', sampleData().invoices[1]!);
    expect(await applyMerge(db, plan, choices())).toEqual({ ok: false, conflicts: [sampleData().invoices[1]!.key] });
    const stored = await readStoredRecord(db);
    expect([stored.data.invoices.length, stored.data.sightings.length, stored.data.activity.length, stored.data.files.length]).toEqual([1, 0, 0, 0]);
  });

  it('keeps the stored 查验 result of a conflicting invoice whose stored values stay', async () => {
    await merge(db, sampleData());
    const incoming = sampleData();
    incoming.invoices[0] = { ...incoming.invoices[0]!, total: '9.00' };
    incoming.verifications = [{ key: NUMBER, outcome: 'not-found', at: T0 + 99 }];
    await merge(db, incoming);
    expect((await db.get('verifications', NUMBER))?.outcome).toBe('match');
    await merge(db, incoming, { takeIncoming: new Set([NUMBER]) });
    expect((await db.get('verifications', NUMBER))?.outcome).toBe('not-found');
  });

  it('writes no history, 查验 or original for an invoice removed after the preview', async () => {
    await merge(db, sampleData());
    const incoming = sampleData();
    incoming.activity.push({ id: 'late', key: NUMBER, at: T0 + 3, kind: 'fixed' });
    const plan = planMerge((await readStoredRecord(db)).data, record(incoming), NOW, new Set([SHA]));
    await removeExpected(db, NUMBER);
    expect(await applyMerge(db, plan, choices())).toMatchObject({ ok: true });
    expect(await activityOf(db, NUMBER)).toEqual([]);
  });

  it('replaces a conflicting invoice only when asked, noting the old values in its history', async () => {
    await merge(db, sampleData());
    const incoming = sampleData();
    incoming.invoices[0] = { ...incoming.invoices[0]!, total: '9.00' };
    expect(await merge(db, incoming)).toMatchObject({ ok: true, replaced: 0 });
    expect((await db.get('expected', NUMBER))?.total).toBe('1130.00');

    expect(await merge(db, incoming, { takeIncoming: new Set([NUMBER]) })).toMatchObject({ ok: true, replaced: 1 });
    expect(await db.get('expected', NUMBER)).toMatchObject({ total: '9.00', addedAt: T0, updatedAt: NOW });
    expect((await activityOf(db, NUMBER)).at(-1)).toMatchObject({ kind: 'restored', detail: 'backup.fwbackup: total: 1130.00 → 9.00' });
  });
});
