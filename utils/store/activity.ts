import type { IDBPObjectStore, StoreNames } from 'idb';
import { ACTIVITY_DETAIL_CHARS, type Activity, type ActivityKind } from '../invoice/model';
import type { FapiaoDB, FapiaoSchema } from './db';

type ActivityStore = IDBPObjectStore<FapiaoSchema, ArrayLike<StoreNames<FapiaoSchema>>, 'activity', 'readwrite'>;

export function newActivity(key: string, kind: ActivityKind, at: number, detail?: string): Activity {
  return { id: crypto.randomUUID(), key, at, kind, ...(detail ? { detail: detail.slice(0, ACTIVITY_DETAIL_CHARS) } : {}) };
}

/** One invoice's history, oldest first. */
export async function activityOf(db: FapiaoDB, key: string): Promise<Activity[]> {
  const entries = await db.getAllFromIndex('activity', 'key', key);
  return entries.sort((a, b) => a.at - b.at);
}

/** The history follows its invoice when a correction changes the key. */
export async function moveActivity(store: ActivityStore, oldKey: string, newKey: string): Promise<void> {
  for (const entry of await store.index('key').getAll(oldKey)) await store.put({ ...entry, key: newKey });
}
