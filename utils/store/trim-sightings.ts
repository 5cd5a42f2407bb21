import type { FapiaoDB } from './db';

/**
 * Deletes the longest-unseen sightings until `max` are left, never one of an expected invoice: the store stays
 * bounded and no invoice the user waits for loses its evidence. Returns how many went.
 */
export async function trimSightings(db: FapiaoDB, max: number): Promise<number> {
  const tx = db.transaction(['sightings', 'expected'], 'readwrite');
  const store = tx.objectStore('sightings');
  let excess = (await store.count()) - max;
  let deleted = 0;
  if (excess > 0) {
    const expected = new Set(await tx.objectStore('expected').getAllKeys());
    let cursor = await store.index('seenAt').openCursor();
    while (cursor && excess > 0) {
      if (!expected.has(cursor.primaryKey)) {
        await cursor.delete();
        excess--;
        deleted++;
      }
      cursor = await cursor.continue();
    }
  }
  await tx.done;
  return deleted;
}
