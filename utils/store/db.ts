import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Activity, ExpectedInvoice, PageSignal, QueryScope, Sighting, Taxpayer, Verification } from '../invoice/model';
import type { Annotation } from '../invoice/annotation';
import { StoreBlockedError } from './store-errors';
import type { OriginalFile, SheetMapping, StatusMeta, StoredStatus, TrashEntry } from './stored-types';

export const DB_NAME = 'fapiao-watch';
export const DB_VERSION = 4;

export interface FapiaoSchema extends DBSchema {
  expected: { key: string; value: ExpectedInvoice };
  /** Latest sighting per invoice key. */
  sightings: { key: string; value: Sighting; indexes: { seenAt: number } };
  scopes: { key: string; value: QueryScope; indexes: { at: number } };
  signals: { key: number; value: PageSignal; indexes: { at: number } };
  verifications: { key: string; value: Verification };
  meta: { key: string; value: Taxpayer };
  /** Since version 2: the file an invoice was imported from, kept so the user can open it again. */
  files: { key: string; value: OriginalFile; indexes: { invoiceKey: string } };
  /** Since version 2: the column mapping a user chose for a spreadsheet's header set. */
  sheetMappings: { key: string; value: SheetMapping };
  /** Since version 3: what happened to each invoice (added, imported, fixed, verified, restored). */
  activity: { key: string; value: Activity; indexes: { key: string } };
  /** Since version 4: notes, the user's own status and a 12366 ticket per invoice. */
  annotations: { key: string; value: Annotation };
  /** Since version 4: each invoice's status as last computed, so a popup opened on a sleeping background is fast. */
  status: { key: string; value: StoredStatus; indexes: { rank: number } };
  /** Since version 4: one entry, STATUS_META_KEY, describing the stored status rows. */
  statusMeta: { key: string; value: StatusMeta };
  /** Since version 4: invoices removed in the last while, with what went with them, so a removal can be undone. */
  trash: { key: string; value: TrashEntry; indexes: { removedAt: number } };
  /** Since version 4: the portal answers already stored, by the id the content script gave each, for idempotent delivery. */
  answers: { key: string; value: { id: string; at: number }; indexes: { at: number } };
}

export type FapiaoDB = IDBPDatabase<FapiaoSchema>;
type UpgradeTx = IDBPTransaction<FapiaoSchema, StoreNames<FapiaoSchema>[], 'versionchange'>;

/** Each entry upgrades from the version before it; never edit a shipped step, add a new one. */
export const MIGRATIONS: ReadonlyArray<(db: IDBPDatabase<FapiaoSchema>, tx: UpgradeTx) => void> = [
  (db) => {
    db.createObjectStore('expected', { keyPath: 'key' });
    db.createObjectStore('sightings', { keyPath: 'key' });
    db.createObjectStore('scopes', { keyPath: 'id' }).createIndex('at', 'at');
    db.createObjectStore('signals', { autoIncrement: true }).createIndex('at', 'at');
    db.createObjectStore('verifications', { keyPath: 'key' });
    db.createObjectStore('meta');
  },
  (db) => {
    db.createObjectStore('files', { keyPath: 'id' }).createIndex('invoiceKey', 'invoiceKey');
    db.createObjectStore('sheetMappings', { keyPath: 'signature' });
  },
  (db) => {
    db.createObjectStore('activity', { keyPath: 'id' }).createIndex('key', 'key');
  },
  (db, tx) => {
    db.createObjectStore('annotations', { keyPath: 'key' });
    db.createObjectStore('status', { keyPath: 'key' }).createIndex('rank', 'rank');
    db.createObjectStore('statusMeta');
    db.createObjectStore('trash', { keyPath: 'key' }).createIndex('removedAt', 'removedAt');
    db.createObjectStore('answers', { keyPath: 'id' }).createIndex('at', 'at');
    // The checks use a sighting until the store is full; then the longest unseen go first (MAX_SIGHTINGS).
    tx.objectStore('sightings').createIndex('seenAt', 'seenAt');
  },
];

/** How long an upgrade waits for an older connection to close before saying so. */
const BLOCKED_MS = 5_000;

/**
 * Opens the database; the background, the pages and the workers all do. Whoever holds an older connection closes it
 * when another context upgrades (`blocking`), so an upgrade is never blocked by a tab of ours left open; one that still
 * is (an old page that does not close) fails with StoreBlockedError after `blockedMs` instead of hanging. A database
 * from a newer version rejects with VersionError and is left as it is (see store-errors.ts).
 */
export function openStore(name = DB_NAME, version = DB_VERSION, blockedMs = BLOCKED_MS): Promise<FapiaoDB> {
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let gaveUp = false;
    const opening = openDB<FapiaoSchema>(name, version, {
      upgrade(db, oldVersion, newVersion, tx) {
        for (let v = oldVersion; v < (newVersion ?? version); v++) MIGRATIONS[v]!(db, tx);
      },
      blocked() {
        timer ??= setTimeout(() => {
          gaveUp = true;
          reject(new StoreBlockedError(`database ${name} blocked by an older connection`));
        }, blockedMs);
      },
      blocking() {
        db?.close();
      },
    });
    let db: FapiaoDB | undefined;
    opening.then(
      (opened) => {
        // Opened after the caller was told it was blocked: nobody holds this connection, so it must not linger.
        if (gaveUp) return opened.close();
        db = opened;
        clearTimeout(timer);
        resolve(opened);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
