import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aSighting, anExpected } from '../reconcile/test-fixtures';
import { openStore, type FapiaoDB } from './db';
import { addExpected } from './repository';
import { trimSightings } from './trim-sightings';

let db: FapiaoDB;
let n = 0;
beforeEach(async () => {
  db = await openStore(`trim-sightings-${++n}`);
});
afterEach(() => db.close());

const key = (i: number) => `2411200000000000000${i}`;

describe('trimSightings', () => {
  it('drops the longest-unseen first, but never the sighting of an expected invoice', async () => {
    for (let i = 0; i < 6; i++) await db.put('sightings', aSighting({ key: key(i), number: key(i), seenAt: 100 + i }));
    await addExpected(db, anExpected({ key: key(0), number: key(0) }));
    expect(await trimSightings(db, 3)).toBe(3);
    expect((await db.getAllKeys('sightings')).sort()).toEqual([key(0), key(4), key(5)]);
  });

  it('leaves a store within its bound alone', async () => {
    await db.put('sightings', aSighting());
    expect(await trimSightings(db, 3)).toBe(0);
    expect(await db.count('sightings')).toBe(1);
  });
});
