import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ExpectedInvoice, Sighting } from '../invoice/model';
import { DB_VERSION, MIGRATIONS, openStore } from './db';
import { loadSnapshot } from './repository';

const invoice: ExpectedInvoice = {
  key: '26112000000012345678', kind: 'shudian', number: '26112000000012345678', date: '2026-11-02', total: '1130.00',
  origins: {}, addedAt: 1, updatedAt: 1,
};
const sighting: Sighting = { key: invoice.key, number: invoice.number, scopeId: 'q', seenAt: 2, via: 'api' };

describe('migrations', () => {
  it('has one step per version', () => {
    expect(MIGRATIONS).toHaveLength(DB_VERSION);
  });

  it('upgrades a version 1 database without losing its data, adding the stores for originals and mappings', async () => {
    const v1 = await openStore('migrate-v1', 1);
    await v1.put('expected', invoice);
    await v1.put('sightings', sighting);
    expect([...v1.objectStoreNames]).not.toContain('files');
    v1.close();

    const v2 = await openStore('migrate-v1');
    expect(v2.version).toBe(2);
    expect([...v2.objectStoreNames]).toEqual(expect.arrayContaining(['files', 'sheetMappings']));
    const snap = await loadSnapshot(v2);
    expect(snap.expected).toEqual([invoice]);
    expect(snap.sightings).toEqual([sighting]);
    v2.close();
  });

  it('lets an upgrade through while an older connection is open elsewhere', async () => {
    const old = await openStore('migrate-open', 1);
    const upgraded = await openStore('migrate-open');
    expect(upgraded.version).toBe(2);
    upgraded.close();
    old.close();
  });
});
