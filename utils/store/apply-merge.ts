import type { ExpectedInvoice } from '../invoice/model';
import type { MergePlan } from '../export/record/merge-plan';
import { newActivity } from './activity';
import type { FapiaoDB } from './db';
import { mergeSighting } from './merge-sighting';
import { MAX_SCOPES, MAX_SIGNALS, TAXPAYER_KEY, allOrNothing, trimOldest } from './repository';

export interface MergeChoices {
  /** Conflicting invoices for which the user chose the record's version. */
  takeIncoming: ReadonlySet<string>;
  /** Bytes of original files by sha256: a backup carries them, a JSON record does not. */
  fileBytes: ReadonlyMap<string, Blob>;
  /** The file merged, named in the history of an invoice whose values it replaced. */
  source: string;
  now: number;
}

export type MergeOutcome =
  | { ok: true; added: number; updated: number; replaced: number; files: number; filesWithoutBytes: number }
  /** Nothing was written: these invoices changed since the preview was made. */
  | { ok: false; conflicts: string[] };

class Conflict extends Error {
  constructor(readonly key: string) {
    super(`conflict on ${key}`);
  }
}

const STORES = ['expected', 'sightings', 'scopes', 'signals', 'verifications', 'meta', 'files', 'sheetMappings', 'activity'] as const;

/** Writes a previewed merge in one transaction: all of it lands, or none of it does. */
export async function applyMerge(db: FapiaoDB, plan: MergePlan, choices: MergeChoices): Promise<MergeOutcome> {
  const tx = db.transaction(STORES, 'readwrite');
  const expected = tx.objectStore('expected');
  const activity = tx.objectStore('activity');
  // A new invoice needs no read first: `add` itself refuses a key that arrived since the preview.
  const add = (invoice: ExpectedInvoice) =>
    expected.add(invoice).catch((error: unknown) => {
      throw (error as { name?: string } | null)?.name === 'ConstraintError' ? new Conflict(invoice.key) : error;
    });
  const put = async (key: string, base: number, invoice: ExpectedInvoice) => {
    if ((await expected.get(key))?.updatedAt !== base) throw new Conflict(key);
    return expected.put(invoice);
  };
  const replaced = plan.conflicts.filter((c) => choices.takeIncoming.has(c.stored.key));
  const files = plan.files.filter((f) => choices.fileBytes.has(f.sha256));
  const verifications = tx.objectStore('verifications');
  const sightings = tx.objectStore('sightings');
  const meta = tx.objectStore('meta');
  const taxpayer = plan.taxpayer;
  const writes: Promise<unknown>[] = [
    ...plan.added.map(add),
    ...plan.updated.map((u) => put(u.invoice.key, u.base, u.invoice)),
    ...replaced.flatMap((c) => {
      const change = c.differences.map((d) => `${d.field}: ${d.stored ?? ''} → ${d.incoming ?? ''}`).join('; ');
      return [
        put(c.stored.key, c.base, { ...c.incoming, addedAt: c.stored.addedAt, updatedAt: choices.now }),
        activity.add(newActivity(c.stored.key, 'restored', choices.now, `${choices.source}: ${change}`)),
      ];
    }),
    // Only keys already stored need a read first; at 100,000 sightings that halves the requests of a restore.
    sightings.getAllKeys().then((keys) => {
      const stored = new Set(keys);
      return Promise.all(plan.sightings.map(async (s) => sightings.put(stored.has(s.key) ? mergeSighting(await sightings.get(s.key), s) : s)));
    }),
    ...plan.scopes.map((s) => tx.objectStore('scopes').put(s)),
    ...plan.signals.map((s) => tx.objectStore('signals').add(s)),
    ...plan.verifications.map(async (v) => ((await verifications.get(v.key))?.at ?? -Infinity) < v.at && verifications.put(v)),
    ...plan.activity.map((a) => activity.put(a)),
    ...files.map((f) => tx.objectStore('files').put({ ...f, blob: choices.fileBytes.get(f.sha256)! })),
    ...plan.sheetMappings.map((m) => tx.objectStore('sheetMappings').put(m)),
  ];
  if (taxpayer) writes.push(meta.get(TAXPAYER_KEY).then((stored) => (stored && stored.at >= taxpayer.at ? undefined : meta.put(taxpayer, TAXPAYER_KEY))));
  // After the puts above, in the same transaction: a merge never leaves more portal history than the store keeps.
  writes.push(Promise.all(writes.slice()).then(() => Promise.all([
    trimOldest(tx.objectStore('scopes').index('at'), MAX_SCOPES),
    trimOldest(tx.objectStore('signals').index('at'), MAX_SIGNALS),
  ])));
  try {
    await allOrNothing(tx, writes);
  } catch (error) {
    if (error instanceof Conflict) return { ok: false, conflicts: [error.key] };
    throw error;
  }
  return {
    ok: true,
    added: plan.added.length,
    updated: plan.updated.length,
    replaced: replaced.length,
    files: files.length,
    filesWithoutBytes: plan.files.length - files.length,
  };
}
