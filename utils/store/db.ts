import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ExpectedInvoice, PageSignal, QueryScope, Sighting, Taxpayer, Verification } from '../invoice/model';

export const DB_NAME = 'fapiao-watch';
export const DB_VERSION = 1;

export interface FapiaoSchema extends DBSchema {
  expected: { key: string; value: ExpectedInvoice };
  /** Latest sighting per invoice key. */
  sightings: { key: string; value: Sighting };
  scopes: { key: string; value: QueryScope; indexes: { at: number } };
  signals: { key: number; value: PageSignal; indexes: { at: number } };
  verifications: { key: string; value: Verification };
  meta: { key: string; value: Taxpayer };
}

export type FapiaoDB = IDBPDatabase<FapiaoSchema>;

/** Each entry upgrades from the version before it; never edit a shipped step, add a new one. */
const MIGRATIONS: Array<(db: IDBPDatabase<FapiaoSchema>) => void> = [
  (db) => {
    db.createObjectStore('expected', { keyPath: 'key' });
    db.createObjectStore('sightings', { keyPath: 'key' });
    db.createObjectStore('scopes', { keyPath: 'id' }).createIndex('at', 'at');
    db.createObjectStore('signals', { autoIncrement: true }).createIndex('at', 'at');
    db.createObjectStore('verifications', { keyPath: 'key' });
    db.createObjectStore('meta');
  },
];

export function openStore(name = DB_NAME): Promise<FapiaoDB> {
  return openDB<FapiaoSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      for (let v = oldVersion; v < MIGRATIONS.length; v++) MIGRATIONS[v]!(db);
    },
  });
}
