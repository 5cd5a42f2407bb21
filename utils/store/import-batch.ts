import type { Activity, ExpectedInvoice } from '../invoice/model';
import type { FapiaoDB } from './db';
import { Conflict, commitUnlessChanged } from './optimistic';
import { STATUS_META_KEY } from './status-store';
import { OBSERVATION_STORES, observationWrites, type Observation } from './repository';
import type { OriginalFile, SheetMapping } from './stored-types';

/** Everything one reviewed import saves. */
export interface ImportBatch {
  add: ExpectedInvoice[];
  /** Stored invoices with blanks filled from the import; `base` is the updatedAt the merge was made from. */
  update: Array<{ invoice: ExpectedInvoice; base: number }>;
  files: OriginalFile[];
  mappings: SheetMapping[];
  /** What imported portal exports showed. */
  observations: Observation[];
  /** Each added or completed invoice's history entry: which file it came from. */
  activity: Activity[];
}

export type ImportOutcome =
  | { ok: true; added: number; updated: number; files: number; sightings: number }
  /** Nothing was written: these keys were added or changed elsewhere since the review was built. */
  | { ok: false; conflicts: string[] };

/** Saves a reviewed import in one transaction: every invoice, file, mapping and sighting lands, or none does. */
export async function saveImport(db: FapiaoDB, batch: ImportBatch): Promise<ImportOutcome> {
  const tx = db.transaction(['expected', 'files', 'sheetMappings', 'activity', 'statusMeta', ...OBSERVATION_STORES], 'readwrite');
  const expected = tx.objectStore('expected');
  const writes: Promise<unknown>[] = [
    // The stored status no longer holds, even if the page closes before telling the background (store:changed).
    tx.objectStore('statusMeta').delete(STATUS_META_KEY),
    ...batch.add.map(async (inv) => {
      if ((await expected.getKey(inv.key)) !== undefined) throw new Conflict(inv.key);
      return expected.add(inv);
    }),
    ...batch.update.map(async ({ invoice, base }) => {
      const stored = await expected.get(invoice.key);
      if (!stored || stored.updatedAt !== base) throw new Conflict(invoice.key);
      return expected.put(invoice);
    }),
    ...batch.files.map((f) => tx.objectStore('files').put(f)),
    ...batch.mappings.map((m) => tx.objectStore('sheetMappings').put(m)),
    ...batch.activity.map((a) => tx.objectStore('activity').put(a)),
    ...batch.observations.flatMap((obs) => observationWrites(tx, obs)),
  ];
  const changed = await commitUnlessChanged(tx, writes);
  if (changed) return { ok: false, ...changed };
  return {
    ok: true,
    added: batch.add.length,
    updated: batch.update.length,
    files: batch.files.length,
    sightings: batch.observations.reduce((n, o) => n + o.sightings.length, 0),
  };
}

export async function filesOf(db: FapiaoDB, invoiceKey: string): Promise<OriginalFile[]> {
  return db.getAllFromIndex('files', 'invoiceKey', invoiceKey);
}

/** Invoice keys that have at least one original kept, for the list's 原件 links; reads index keys, never the files. */
export async function keysWithFiles(db: FapiaoDB): Promise<Set<string>> {
  const keys = new Set<string>();
  let cursor = await db.transaction('files').store.index('invoiceKey').openKeyCursor(null, 'nextunique');
  while (cursor) {
    keys.add(cursor.key);
    cursor = await cursor.continue();
  }
  return keys;
}

export async function savedMappings(db: FapiaoDB): Promise<SheetMapping[]> {
  return db.getAll('sheetMappings');
}
