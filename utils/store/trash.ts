import { newActivity } from './activity';
import type { FapiaoDB } from './db';
import { allOrNothing } from './repository';
import type { TrashEntry } from './stored-types';

/** How long a removed invoice can be put back; older entries go at the next removal. */
export const TRASH_KEEP_MS = 7 * 86_400_000;

const STORES = ['expected', 'verifications', 'files', 'activity', 'annotations', 'trash'] as const;

/**
 * Removes an invoice with its 查验 result, notes, history and originals, in one transaction, keeping all of it in the
 * trash so the removal can be undone. False when there was no such invoice.
 */
export async function removeExpected(db: FapiaoDB, key: string, now = Date.now()): Promise<boolean> {
  const tx = db.transaction(STORES, 'readwrite');
  const [invoice, verification, annotation, activity, files] = await Promise.all([
    tx.objectStore('expected').get(key),
    tx.objectStore('verifications').get(key),
    tx.objectStore('annotations').get(key),
    tx.objectStore('activity').index('key').getAll(key),
    tx.objectStore('files').index('invoiceKey').getAll(key),
  ]);
  if (!invoice) {
    await tx.done;
    return false;
  }
  const trash = tx.objectStore('trash');
  const expired = await trash.index('removedAt').getAllKeys(IDBKeyRange.upperBound(now - TRASH_KEEP_MS));
  await allOrNothing(tx, [
    trash.put({ key, removedAt: now, invoice, verification: verification ?? null, annotation: annotation ?? null, activity, files }),
    // The key removed now may have an expired entry of its own: the put above replaces it, and it must stay.
    ...expired.filter((k) => k !== key).map((k) => trash.delete(k)),
    tx.objectStore('expected').delete(key),
    tx.objectStore('verifications').delete(key),
    tx.objectStore('annotations').delete(key),
    ...activity.map((a) => tx.objectStore('activity').delete(a.id)),
    ...files.map((f) => tx.objectStore('files').delete(f.id)),
  ]);
  return true;
}

/**
 * Puts a removed invoice back with everything that went with it, its history noting the undo. Refuses when it is no
 * longer in the trash, or when an invoice with its key was added since.
 */
export async function restoreRemoved(db: FapiaoDB, key: string, now = Date.now()): Promise<TrashEntry | 'absent' | 'exists'> {
  const tx = db.transaction(STORES, 'readwrite');
  const entry = await tx.objectStore('trash').get(key);
  const taken = entry ? (await tx.objectStore('expected').getKey(key)) !== undefined : false;
  if (!entry || taken) {
    await tx.done;
    return entry ? 'exists' : 'absent';
  }
  const activity = tx.objectStore('activity');
  await allOrNothing(tx, [
    tx.objectStore('expected').put(entry.invoice),
    ...(entry.verification ? [tx.objectStore('verifications').put(entry.verification)] : []),
    ...(entry.annotation ? [tx.objectStore('annotations').put(entry.annotation)] : []),
    ...entry.activity.map((a) => activity.put(a)),
    activity.add(newActivity(key, 'undone', now, 'removed')),
    ...entry.files.map((f) => tx.objectStore('files').put(f)),
    tx.objectStore('trash').delete(key),
  ]);
  return entry;
}
