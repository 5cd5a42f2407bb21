import type { ExpectedInvoice } from '../invoice/model';
import type { MergePlan } from '../export/record/merge-plan';
import { newActivity } from './activity';
import type { FapiaoDB } from './db';
import { MAX_SCOPES, MAX_SIGNALS } from './history-limits';
import { mergeSighting } from './merge-sighting';
import { Conflict, commitUnlessChanged } from './optimistic';
import { STATUS_META_KEY } from './status-store';
import { keepNewerTaxpayer, trimOldest } from './repository';

export interface MergeChoices {
  /** Conflicting invoices for which the user chose the record's version. */
  takeIncoming: ReadonlySet<string>;
  /** Bytes of the plan's original files by sha256. */
  fileBytes: ReadonlyMap<string, Blob>;
  /** The file merged, named in the history of an invoice whose values it replaced. */
  source: string;
  now: number;
}

export type MergeOutcome =
  | { ok: true; added: number; updated: number; replaced: number; files: number; filesWithoutBytes: number }
  /** Nothing was written: these invoices changed since the preview was made. */
  | { ok: false; conflicts: string[] };

const STORES = ['expected', 'sightings', 'scopes', 'signals', 'verifications', 'meta', 'files', 'sheetMappings', 'activity', 'annotations', 'statusMeta'] as const;

/** Writes a previewed merge in one transaction: all of it lands, or none of it does. */
export async function applyMerge(db: FapiaoDB, plan: MergePlan, choices: MergeChoices): Promise<MergeOutcome> {
  const tx = db.transaction(STORES, 'readwrite');
  const expected = tx.objectStore('expected');
  const activity = tx.objectStore('activity');
  const sightings = tx.objectStore('sightings');
  const verifications = tx.objectStore('verifications');
  // A new invoice needs no read first: `add` itself refuses a key that arrived since the preview.
  const add = (invoice: ExpectedInvoice) =>
    expected.add(invoice).catch((error: unknown) => {
      throw (error as { name?: string } | null)?.name === 'ConstraintError' ? new Conflict(invoice.key) : error;
    });
  const put = async (base: number, invoice: ExpectedInvoice) => {
    if ((await expected.get(invoice.key))?.updatedAt !== base) throw new Conflict(invoice.key);
    return expected.put(invoice);
  };
  const replaced = plan.conflicts.filter((c) => choices.takeIncoming.has(c.stored.key));
  // A 查验 result speaks for the values it was made on: of an invoice whose stored values stay, the record's is not taken.
  const declined = new Set(plan.conflicts.filter((c) => !choices.takeIncoming.has(c.stored.key)).map((c) => c.stored.key));
  const invoiceWrites = [
    ...plan.added.map(add),
    ...plan.updated.map((u) => put(u.base, u.invoice)),
    ...replaced.flatMap((c) => {
      const change = c.differences.map((d) => `${d.field}: ${d.stored ?? ''} → ${d.incoming ?? ''}`).join('; ');
      return [
        put(c.base, { ...c.incoming, addedAt: c.stored.addedAt, updatedAt: choices.now }),
        activity.add(newActivity(c.stored.key, 'restored', choices.now, `${choices.source}: ${change}`)),
      ];
    }),
  ];
  // What belongs to an invoice lands only beside it: one removed in another tab since the preview gets nothing.
  const belonging = expected.getAllKeys().then((keys) => {
    const present = new Set<string>([...keys, ...plan.added.map((i) => i.key)]);
    return Promise.all([
      ...plan.verifications
        .filter((v) => present.has(v.key) && !declined.has(v.key))
        .map(async (v) => ((await verifications.get(v.key))?.at ?? -Infinity) < v.at && verifications.put(v)),
      ...plan.activity.filter((a) => present.has(a.key)).map((a) => activity.put(a)),
      ...plan.annotations
        .filter((a) => present.has(a.key))
        .map(async (a) => ((await tx.objectStore('annotations').get(a.key))?.updatedAt ?? -Infinity) < a.updatedAt && tx.objectStore('annotations').put(a)),
      ...plan.files.filter((f) => present.has(f.invoiceKey)).map((f) => tx.objectStore('files').put({ ...f, blob: choices.fileBytes.get(f.sha256)! })),
    ]);
  });
  // Only keys already stored need a read first; at 100,000 sightings that halves the requests of a restore.
  const portal = sightings.getAllKeys().then((keys) => {
    const stored = new Set(keys);
    return Promise.all([
      ...plan.sightings.map(async (s) => sightings.put(stored.has(s.key) ? mergeSighting(await sightings.get(s.key), s) : s)),
      ...plan.scopes.map((s) => tx.objectStore('scopes').put(s)),
      ...plan.signals.map((s) => tx.objectStore('signals').add(s)),
      ...(plan.taxpayer ? [keepNewerTaxpayer(tx.objectStore('meta'), plan.taxpayer)] : []),
    ]);
  });
  const settings = plan.sheetMappings.map((m) => tx.objectStore('sheetMappings').put(m));
  // The stored status no longer holds, even if the page closes before telling the background (store:changed).
  const stale = tx.objectStore('statusMeta').delete(STATUS_META_KEY);
  // After the puts above, in the same transaction: a merge never leaves more portal history than the store keeps.
  const trimmed = portal.then(() =>
    Promise.all([trimOldest(tx.objectStore('scopes').index('at'), MAX_SCOPES), trimOldest(tx.objectStore('signals').index('at'), MAX_SIGNALS)]),
  );
  const changed = await commitUnlessChanged(tx, [...invoiceWrites, belonging, portal, ...settings, stale, trimmed]);
  if (changed) return { ok: false, ...changed };
  return {
    ok: true,
    added: plan.added.length,
    updated: plan.updated.length,
    replaced: replaced.length,
    files: plan.files.length,
    filesWithoutBytes: plan.filesWithoutBytes.length,
  };
}
