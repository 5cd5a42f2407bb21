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

    const latest = await openStore('migrate-v1');
    expect(latest.version).toBe(DB_VERSION);
    expect([...latest.objectStoreNames]).toEqual(expect.arrayContaining(['files', 'sheetMappings', 'activity']));
    const snap = await loadSnapshot(latest);
    expect(snap.expected).toEqual([invoice]);
    expect(snap.sightings).toEqual([sighting]);
    latest.close();
  });

  it('upgrades a version 2 database keeping its originals, adding the history store', async () => {
    const v2 = await openStore('migrate-v2', 2);
    const file = { id: `${invoice.key}/ab`, invoiceKey: invoice.key, name: 'a.pdf', type: 'application/pdf', size: 1, sha256: 'ab', addedAt: 1, blob: new Blob(['x']) };
    await v2.put('expected', invoice);
    await v2.put('files', file);
    expect([...v2.objectStoreNames]).not.toContain('activity');
    v2.close();

    const v3 = await openStore('migrate-v2', 3);
    expect(await v3.getAllFromIndex('files', 'invoiceKey', invoice.key)).toHaveLength(1);
    expect(await v3.getAllFromIndex('activity', 'key', invoice.key)).toEqual([]);
    v3.close();
  });

  it('upgrades a version 3 database keeping its history, adding notes, stored status and the trash', async () => {
    const v3 = await openStore('migrate-v3', 3);
    await v3.put('expected', invoice);
    await v3.put('activity', { id: 'a1', key: invoice.key, at: 1, kind: 'added' });
    v3.close();

    const v4 = await openStore('migrate-v3', 4);
    expect((await loadSnapshot(v4)).expected).toEqual([invoice]);
    expect(await v4.getAllFromIndex('activity', 'key', invoice.key)).toHaveLength(1);
    // No stored status yet: the first report computes it from the evidence.
    expect(await v4.get('statusMeta', 'status')).toBeUndefined();
    expect(await v4.count('annotations')).toBe(0);
    expect(await v4.getAllFromIndex('trash', 'removedAt')).toEqual([]);
    expect(await v4.getAllFromIndex('status', 'rank')).toEqual([]);
    v4.close();
  });

  it('lets an upgrade through while an older connection is open elsewhere', async () => {
    const old = await openStore('migrate-open', 1);
    const upgraded = await openStore('migrate-open');
    expect(upgraded.version).toBe(DB_VERSION);
    upgraded.close();
    old.close();
  });
});
