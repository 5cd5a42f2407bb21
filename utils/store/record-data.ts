import type { RecordData, RecordFile } from '../export/record/record-schema';
import type { FapiaoDB } from './db';
import { TAXPAYER_KEY } from './repository';

export interface StoredRecord {
  data: RecordData;
  /** The originals' bytes by sha256, for a backup; Blobs read from IndexedDB are not loaded until used. */
  blobs: Map<string, Blob>;
}

/**
 * Everything stored, as a record holds it, read in one transaction so it is a consistent moment. With `keys`, only
 * those invoices and what belongs to them; the portal's evidence is kept whole, since any check may use it.
 */
export async function readStoredRecord(db: FapiaoDB, keys?: ReadonlySet<string>): Promise<StoredRecord> {
  const tx = db.transaction(['expected', 'sightings', 'scopes', 'signals', 'verifications', 'meta', 'files', 'sheetMappings', 'activity']);
  const [invoices, sightings, scopes, signals, verifications, taxpayer, files, sheetMappings, activity] = await Promise.all([
    tx.objectStore('expected').getAll(),
    tx.objectStore('sightings').getAll(),
    tx.objectStore('scopes').index('at').getAll(),
    tx.objectStore('signals').index('at').getAll(),
    tx.objectStore('verifications').getAll(),
    tx.objectStore('meta').get(TAXPAYER_KEY),
    tx.objectStore('files').getAll(),
    tx.objectStore('sheetMappings').getAll(),
    tx.objectStore('activity').index('key').getAll(),
  ]);
  await tx.done;
  const wanted = <T>(list: T[], keyOf: (x: T) => string) => (keys ? list.filter((x) => keys.has(keyOf(x))) : list);
  const kept = wanted(files, (f) => f.invoiceKey);
  const blobs = new Map(kept.map((f) => [f.sha256, f.blob]));
  const fileEntries: RecordFile[] = kept.map(({ blob: _blob, ...meta }) => meta);
  return {
    data: {
      taxpayer: taxpayer ?? null,
      invoices: wanted(invoices, (i) => i.key),
      sightings,
      scopes,
      signals,
      verifications: wanted(verifications, (v) => v.key),
      activity: wanted(activity, (a) => a.key).sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1)),
      files: fileEntries,
      sheetMappings,
    },
    blobs,
  };
}
