import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openStore, type FapiaoDB } from './db';
import { storeProblem } from './store-errors';

/** A database as each shipped version wrote it: the stores and their records (a file's bytes as text). */
interface DbFixture {
  version: number;
  stores: Record<string, unknown[] | Record<string, unknown>>;
}

const fixture = (v: number): DbFixture => JSON.parse(readFileSync(new URL(`../../tests/fixtures/db/v${v}.json`, import.meta.url), 'utf8'));

/** Writes the fixture through a connection at its own version, as that version's code did. */
async function writeAs(name: string, f: DbFixture): Promise<void> {
  const db = await openStore(name, f.version);
  const raw = db as unknown as { put(store: string, value: unknown, key?: string): Promise<unknown> };
  for (const [store, records] of Object.entries(f.stores)) {
    if (Array.isArray(records)) {
      for (const r of records) {
        const { blobText, ...rest } = r as { blobText?: string };
        await raw.put(store, blobText === undefined ? rest : { ...rest, blob: new Blob([blobText]) });
      }
    } else for (const [key, value] of Object.entries(records)) await raw.put(store, value, key);
  }
  db.close();
}

async function read(db: FapiaoDB, store: string): Promise<unknown[]> {
  const all = await (db as unknown as { getAll(s: string): Promise<unknown[]> }).getAll(store);
  return all.map((r) => {
    const { blob, ...rest } = r as { blob?: Blob };
    return blob ? rest : r;
  });
}

describe('a database written by each earlier version', () => {
  it.each([1, 2, 3])('of version %i opens at the current version with every record as it was', async (version) => {
    const f = fixture(version);
    const name = `fixture-v${version}`;
    await writeAs(name, f);
    const db = await openStore(name);
    expect(db.version).toBe(DB_VERSION);
    for (const [store, records] of Object.entries(f.stores)) {
      if (Array.isArray(records)) {
        const want = records.map((r) => {
          const { blobText: _t, ...rest } = r as { blobText?: string };
          return rest;
        });
        expect(await read(db, store)).toEqual(expect.arrayContaining(want));
        expect(await read(db, store)).toHaveLength(want.length);
      } else for (const [key, value] of Object.entries(records)) expect(await db.get(store as 'meta', key)).toEqual(value);
    }
    const files = await db.getAll('files');
    for (const file of files) expect(await file.blob.text()).toBe('pdf');
    db.close();
  });
});

describe('a database the code cannot open', () => {
  it('from a newer version says so, in the user’s words, and is left as it was', async () => {
    const name = 'fixture-newer';
    await writeAs(name, fixture(3));
    // A later release of the extension upgraded it; then this older one was installed again.
    const newer = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open(name, DB_VERSION + 1);
      open.onsuccess = () => resolve(open.result);
    });
    newer.close();
    const error = await openStore(name).catch((e: unknown) => e);
    expect(storeProblem(error).code).toBe('store-newer');
    const again = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
    });
    expect(again.version).toBe(DB_VERSION + 1);
    const count = await new Promise<number>((resolve) => {
      const req = again.transaction('expected').objectStore('expected').count();
      req.onsuccess = () => resolve(req.result);
    });
    expect(count).toBe(2);
    again.close();
  });

  it('while an old page holds it open and never lets go, fails with its own message instead of hanging', async () => {
    const name = 'fixture-blocked';
    await writeAs(name, fixture(3));
    // An old connection that ignores versionchange, as a page of an older build would.
    const old = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open(name, 3);
      open.onsuccess = () => resolve(open.result);
    });
    const error = await openStore(name, DB_VERSION, 50).catch((e: unknown) => e);
    expect(storeProblem(error).code).toBe('store-blocked');
    old.close();
  });

  it.each([
    ['QuotaExceededError', 'store-full'],
    ['VersionError', 'store-newer'],
    ['AbortError', 'store-failed'],
  ])('names a %s as %s', (name, code) => {
    expect(storeProblem(new DOMException('x', name))).toMatchObject({ code, field: 'store' });
  });
});
