import type { RecordData, RecordFile } from '../export/record/record-schema';
import type { FapiaoDB } from './db';
import { readSnapshot, SNAPSHOT_STORES, type Snapshot } from './repository';

export interface StoredRecord {
  /** What a record of the chosen invoices holds. */
  data: RecordData;
  /** Everything stored that the checks read, whatever was chosen: a neighbour outside the choice can be the typo. */
  snapshot: Snapshot;
  /** The originals' bytes by sha256, for a backup; Blobs read from IndexedDB are not loaded until used. */
  blobs: Map<string, Blob>;
}

/**
 * Everything stored, as a record holds it, read in one transaction so it is a consistent moment. With `keys`, only
 * those invoices and what belongs to them; the portal's evidence is kept whole, since any check may use it.
 */
export async function readStoredRecord(db: FapiaoDB, keys?: ReadonlySet<string>): Promise<StoredRecord> {
  const tx = db.transaction([...SNAPSHOT_STORES, 'files', 'sheetMappings', 'activity', 'annotations']);
  const [snapshot, files, sheetMappings, activity, annotations] = await Promise.all([
    readSnapshot(tx),
    tx.objectStore('files').getAll(),
    tx.objectStore('sheetMappings').getAll(),
    tx.objectStore('activity').index('key').getAll(),
    tx.objectStore('annotations').getAll(),
  ]);
  await tx.done;
  const wanted = <T>(list: T[], keyOf: (x: T) => string) => (keys ? list.filter((x) => keys.has(keyOf(x))) : list);
  const kept = wanted(files, (f) => f.invoiceKey);
  const fileEntries: RecordFile[] = kept.map(({ blob: _blob, ...meta }) => meta);
  return {
    data: {
      taxpayer: snapshot.taxpayer,
      invoices: wanted(snapshot.expected, (i) => i.key),
      sightings: snapshot.sightings,
      scopes: snapshot.scopes,
      signals: snapshot.signals,
      verifications: wanted(snapshot.verifications, (v) => v.key),
      activity: wanted(activity, (a) => a.key).sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1)),
      files: fileEntries,
      sheetMappings,
      annotations: wanted(annotations, (a) => a.key),
    },
    snapshot,
    blobs: new Map(kept.map((f) => [f.sha256, f.blob])),
  };
}
