import { byStatusThenDate, STATUS_RANK, type StatusReport, type StatusRow } from '../status/types';
import type { PopupView } from '../report/popup-view';
import type { FapiaoDB } from './db';
import type { StatusMeta } from './stored-types';

export const STATUS_META_KEY = 'status';

/** Rows needing attention: missing, not yet searched, seen with a problem (ranks 0 to 2). */
const ATTENTION = IDBKeyRange.upperBound(STATUS_RANK['visible-with-problem']);

/**
 * Writes changed rows and the meta in one transaction. `rows` null for a key: that invoice is gone. With `all`,
 * the stored rows are replaced whole (after a full computation).
 */
export async function writeStatus(db: FapiaoDB, rows: ReadonlyMap<string, StatusRow | null>, meta: StatusMeta, all = false): Promise<void> {
  const tx = db.transaction(['status', 'statusMeta'], 'readwrite');
  const store = tx.objectStore('status');
  const writes: Promise<unknown>[] = all ? [store.clear()] : [];
  for (const [key, row] of rows) writes.push(row ? store.put({ key, rank: STATUS_RANK[row.status], row }) : store.delete(key));
  writes.push(tx.objectStore('statusMeta').put(meta, STATUS_META_KEY));
  await Promise.all([...writes, tx.done]);
}

/** The popup as stored, if it still holds at `now` and has the rows asked for. */
export async function readStoredPopup(db: FapiaoDB, now: number, limit: number): Promise<PopupView | null> {
  const meta = await db.get('statusMeta', STATUS_META_KEY);
  const popup = meta && meta.validUntil > now ? meta.popup : null;
  return popup && (popup.rows.length >= limit || popup.rows.length === popup.attention) ? { ...popup, rows: popup.rows.slice(0, limit) } : null;
}

/** Forgets the stored status, so the next read computes it from the evidence (an import wrote beside it). */
export async function dropStatus(db: FapiaoDB): Promise<void> {
  await db.delete('statusMeta', STATUS_META_KEY);
}

/**
 * The status as last stored, if it still holds at `now`: without the background computing anything, a popup
 * opened after the background went to sleep is answered from here.
 */
export async function readStoredStatus(db: FapiaoDB, now: number, only?: 'attention'): Promise<StatusReport | null> {
  const tx = db.transaction(['status', 'statusMeta']);
  const meta = await tx.objectStore('statusMeta').get(STATUS_META_KEY);
  if (!meta || meta.validUntil <= now) {
    await tx.done;
    return null;
  }
  const store = tx.objectStore('status');
  const stored = only === 'attention' ? await store.index('rank').getAll(ATTENTION) : await store.index('rank').getAll();
  await tx.done;
  const rows = stored.map((s) => s.row);
  // The index orders by rank; within a rank, the newest invoice first, as the live report does.
  rows.sort(byStatusThenDate);
  const { counts, lastQueryAt, taxpayer } = meta;
  return { rows, counts, notVisible: counts.missing + counts.notSearched, lastQueryAt, taxpayer };
}
