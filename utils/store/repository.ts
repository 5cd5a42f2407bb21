import type { ExpectedInvoice, PageSignal, QueryScope, Sighting, Taxpayer, Verification } from '../invoice/model';
import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import type { FapiaoDB, FapiaoSchema } from './db';
import { moveActivity, newActivity } from './activity';
import { mergeSighting } from './merge-sighting';
import { originalFileId } from './original-file-id';

type FilesStore = IDBPObjectStore<FapiaoSchema, ArrayLike<StoreNames<FapiaoSchema>>, 'files', 'readwrite'>;

import { MAX_ANSWER_IDS, MAX_SCOPES, MAX_SIGNALS } from './history-limits';

export { MAX_SCOPES, MAX_SIGNALS };
export const TAXPAYER_KEY = 'taxpayer';

export interface Snapshot {
  expected: ExpectedInvoice[];
  sightings: Sighting[];
  scopes: QueryScope[];
  signals: PageSignal[];
  verifications: Verification[];
  taxpayer: Taxpayer | null;
}

export interface Observation {
  scope: QueryScope | null;
  sightings: Sighting[];
  signals: PageSignal[];
  taxpayer: Taxpayer | null;
}

/** Adds a new expected invoice; refuses to overwrite one already stored under the same key. */
export async function addExpected(db: FapiaoDB, invoice: ExpectedInvoice): Promise<'added' | 'exists'> {
  const tx = db.transaction(['expected', 'activity'], 'readwrite');
  const expected = tx.objectStore('expected');
  if (await expected.getKey(invoice.key)) {
    await tx.done;
    return 'exists';
  }
  await allOrNothing(tx, [expected.add(invoice), tx.objectStore('activity').add(newActivity(invoice.key, 'added', invoice.addedAt))]);
  return 'added';
}

/**
 * Swaps a stored invoice for its corrected version in one transaction; a 查验 result recorded for the old key
 * no longer applies. Refuses when the corrected key is already another stored invoice.
 */
export async function replaceExpected(
  db: FapiaoDB,
  oldKey: string,
  invoice: ExpectedInvoice,
  /** What changed, `field: old → new`, for the invoice's history. */
  change: string,
): Promise<'replaced' | 'exists'> {
  const tx = db.transaction(['expected', 'verifications', 'files', 'activity', 'annotations'], 'readwrite');
  const expected = tx.objectStore('expected');
  if (invoice.key !== oldKey && (await expected.getKey(invoice.key)) !== undefined) {
    await tx.done;
    return 'exists';
  }
  const activity = tx.objectStore('activity');
  const writes: Promise<unknown>[] = [expected.delete(oldKey), tx.objectStore('verifications').delete(oldKey), expected.put(invoice)];
  if (invoice.key !== oldKey) {
    writes.push(moveFiles(tx.objectStore('files'), oldKey, invoice.key));
    writes.push(moveActivity(activity, oldKey, invoice.key));
    writes.push(moveAnnotation(tx.objectStore('annotations'), oldKey, invoice.key));
  }
  writes.push(activity.add(newActivity(invoice.key, 'fixed', invoice.updatedAt, change)));
  await allOrNothing(tx, writes);
  return 'replaced';
}

type AnnotationsStore = IDBPObjectStore<FapiaoSchema, ArrayLike<StoreNames<FapiaoSchema>>, 'annotations', 'readwrite'>;

/** Notes, the user's status and a ticket stay with the invoice under its corrected key. */
async function moveAnnotation(store: AnnotationsStore, oldKey: string, newKey: string): Promise<void> {
  const note = await store.get(oldKey);
  if (!note) return;
  await store.delete(oldKey);
  await store.put({ ...note, key: newKey });
}

/** The originals follow their invoice to its corrected key. */
async function moveFiles(files: FilesStore, oldKey: string, newKey: string): Promise<void> {
  for (const file of await files.index('invoiceKey').getAll(oldKey)) {
    await files.delete(file.id);
    await files.put({ ...file, invoiceKey: newKey, id: originalFileId(newKey, file.sha256) });
  }
}

export async function getExpected(db: FapiaoDB, key: string): Promise<ExpectedInvoice | undefined> {
  return db.get('expected', key);
}

/** Stores one portal observation in a single transaction: all of it lands or none of it. */
export async function recordObservation(db: FapiaoDB, obs: Observation): Promise<void> {
  const tx = db.transaction(OBSERVATION_STORES, 'readwrite');
  await allOrNothing(tx, observationWrites(tx, obs));
}

/**
 * Stores one portal answer once: with its id, in the same transaction, so a delivery retried after the worker
 * stopped (or replayed from the content script's queue) finds it stored and writes nothing.
 */
export async function recordAnswer(db: FapiaoDB, answerId: string, obs: Observation, at: number): Promise<'recorded' | 'duplicate'> {
  const tx = db.transaction([...OBSERVATION_STORES, 'answers'], 'readwrite');
  const answers = tx.objectStore('answers');
  if ((await answers.getKey(answerId)) !== undefined) {
    await tx.done;
    return 'duplicate';
  }
  await allOrNothing(tx, [...observationWrites(tx, obs), answers.add({ id: answerId, at }), trimOldest(answers.index('at'), MAX_ANSWER_IDS)]);
  return 'recorded';
}

export const OBSERVATION_STORES = ['sightings', 'scopes', 'signals', 'meta'] as const;
type ObservationTx = IDBPTransaction<FapiaoSchema, ArrayLike<StoreNames<FapiaoSchema>>, 'readwrite'>;

/** The writes of one observation inside a transaction that covers OBSERVATION_STORES (and maybe more). */
export function observationWrites(tx: ObservationTx, obs: Observation): Promise<unknown>[] {
  const sightings = tx.objectStore('sightings');
  const meta = tx.objectStore('meta');
  const writes: Promise<unknown>[] = obs.sightings.map(async (s) => sightings.put(mergeSighting(await sightings.get(s.key), s)));
  if (obs.scope) writes.push(tx.objectStore('scopes').put(obs.scope));
  for (const signal of obs.signals) writes.push(tx.objectStore('signals').add(signal));
  if (obs.taxpayer) writes.push(keepNewerTaxpayer(meta, obs.taxpayer));
  writes.push(trimOldest(tx.objectStore('scopes').index('at'), MAX_SCOPES));
  writes.push(trimOldest(tx.objectStore('signals').index('at'), MAX_SIGNALS));
  return writes;
}

type MetaStore = IDBPObjectStore<FapiaoSchema, ArrayLike<StoreNames<FapiaoSchema>>, 'meta', 'readwrite'>;

/** Several portal tabs (or a restored record) may report; the most recent word on who is logged in wins. */
export async function keepNewerTaxpayer(meta: MetaStore, taxpayer: Taxpayer): Promise<void> {
  const stored = await meta.get(TAXPAYER_KEY);
  if (!stored || stored.at < taxpayer.at) await meta.put(taxpayer, TAXPAYER_KEY);
}

/** Waits for every write; if one fails (even before its request was issued) the whole transaction is undone. */
export async function allOrNothing(tx: { abort(): void; done: Promise<void> }, writes: Promise<unknown>[]): Promise<void> {
  try {
    await Promise.all(writes);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the failing request itself.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
  await tx.done;
}

interface CountableIndex {
  count(): Promise<number>;
  openCursor(): Promise<{ delete(): Promise<void>; continue(): Promise<unknown> } | null>;
}

export async function trimOldest(index: CountableIndex, keep: number): Promise<void> {
  let excess = (await index.count()) - keep;
  let cursor = excess > 0 ? await index.openCursor() : null;
  while (cursor && excess > 0) {
    await cursor.delete();
    excess--;
    cursor = (await cursor.continue()) as typeof cursor;
  }
}

/** Records a 查验 result and notes it in the invoice's history. */
export async function putVerification(db: FapiaoDB, verification: Verification): Promise<void> {
  const tx = db.transaction(['verifications', 'activity'], 'readwrite');
  await allOrNothing(tx, [
    tx.objectStore('verifications').put(verification),
    tx.objectStore('activity').add(newActivity(verification.key, 'verified', verification.at, verification.outcome)),
  ]);
}

export const SNAPSHOT_STORES = ['expected', 'sightings', 'scopes', 'signals', 'verifications', 'meta'] as const;
type SnapshotTx = IDBPTransaction<FapiaoSchema, ArrayLike<StoreNames<FapiaoSchema>>, 'readonly'>;

/** The snapshot's reads inside a transaction that covers SNAPSHOT_STORES (and maybe more). */
export async function readSnapshot(tx: SnapshotTx): Promise<Snapshot> {
  const [expected, sightings, scopes, signals, verifications, taxpayer] = await Promise.all([
    tx.objectStore('expected').getAll(),
    tx.objectStore('sightings').getAll(),
    tx.objectStore('scopes').index('at').getAll(),
    tx.objectStore('signals').index('at').getAll(),
    tx.objectStore('verifications').getAll(),
    tx.objectStore('meta').get(TAXPAYER_KEY),
  ]);
  return { expected, sightings, scopes, signals, verifications, taxpayer: taxpayer ?? null };
}

export async function loadSnapshot(db: FapiaoDB): Promise<Snapshot> {
  const tx = db.transaction(SNAPSHOT_STORES);
  const snapshot = await readSnapshot(tx);
  await tx.done;
  return snapshot;
}
