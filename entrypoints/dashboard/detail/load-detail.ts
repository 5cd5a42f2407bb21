import type { Annotation } from '@/utils/invoice/annotation';
import type { ExpectedInvoice } from '@/utils/invoice/model';
import type { FapiaoDB } from '@/utils/store/db';
import { invoiceTimeline, type TimelineEvent } from '@/utils/timeline/invoice-timeline';
import { importStore } from '../import/import-store';

export interface InvoiceDetailData {
  invoice: ExpectedInvoice;
  annotation: Annotation | null;
  /** Oldest first. */
  timeline: TimelineEvent[];
}

const DETAIL_STORES = ['expected', 'annotations', 'activity', 'verifications', 'sightings', 'scopes'] as const;

/**
 * The invoice and everything about it, read in one read-only transaction so a write cannot land half-way (a fix
 * moving the history to a new key, a query arriving). null when no such invoice is stored.
 *
 * The sighting is looked up under the invoice's own key only: the portal reader stores a 数电 paper invoice under
 * both its keys (20-digit number, and code + 8-digit number), so whichever the user registered has its sighting.
 */
export async function readDetail(db: FapiaoDB, key: string): Promise<InvoiceDetailData | null> {
  const tx = db.transaction(DETAIL_STORES, 'readonly');
  const [invoice, annotation, activity, verification, sighting, scopes] = await Promise.all([
    tx.objectStore('expected').get(key),
    tx.objectStore('annotations').get(key),
    tx.objectStore('activity').index('key').getAll(key),
    tx.objectStore('verifications').get(key),
    tx.objectStore('sightings').get(key),
    tx.objectStore('scopes').index('at').getAll(),
  ]);
  await tx.done;
  if (!invoice) return null;
  return {
    invoice,
    annotation: annotation ?? null,
    timeline: invoiceTimeline({
      invoice,
      activity: activity.sort((a, b) => a.at - b.at),
      scopes,
      sighting: sighting ?? null,
      verification: verification ?? null,
    }),
  };
}

export function loadDetail(key: string): Promise<InvoiceDetailData | null> {
  return importStore.withDb((db) => readDetail(db, key));
}
