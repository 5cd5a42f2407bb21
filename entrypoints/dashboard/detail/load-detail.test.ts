import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aScope, aSighting, anExpected, NUMBER, T0 } from '@/utils/reconcile/test-fixtures';
import { openStore, type FapiaoDB } from '@/utils/store/db';
import { addExpected, putVerification, recordObservation, replaceExpected } from '@/utils/store/repository';
import { readDetail } from './load-detail';

const OTHER = '24112000000999999999';
const FIXED = '24112000000123456780';

let db: FapiaoDB;
let n = 0;
beforeEach(async () => {
  db = await openStore(`detail-test-${++n}`);
  await addExpected(db, anExpected());
  await addExpected(db, anExpected({ key: OTHER, number: OTHER, addedAt: T0 + 1 }));
  await recordObservation(db, { scope: aScope(), sightings: [aSighting(), aSighting({ key: OTHER, number: OTHER })], signals: [], taxpayer: null });
});
afterEach(() => db.close());

describe('readDetail', () => {
  it('gathers the invoice, its note, history, 查验 and queries, and nothing of another invoice', async () => {
    await db.put('annotations', { key: NUMBER, note: '等供应商', userStatus: 'pending', ticket: { number: 'T1', followUp: '2024-07-01' }, updatedAt: T0 });
    await putVerification(db, { key: NUMBER, outcome: 'match', at: T0 + 1000 });
    const detail = await readDetail(db, NUMBER);
    expect(detail?.invoice.key).toBe(NUMBER);
    expect(detail?.annotation).toMatchObject({ note: '等供应商', userStatus: 'pending', ticket: { number: 'T1', followUp: '2024-07-01' } });
    expect(detail?.timeline.map((e) => (e.type === 'activity' ? e.activity.kind : e.type === 'query' ? `${e.type}:${e.seen}` : e.type))).toEqual([
      'added',
      'query:seen',
      'verified',
    ]);
  });

  it('has no annotation for an invoice never annotated', async () => {
    expect((await readDetail(db, OTHER))?.annotation).toBeNull();
  });

  it('after a fix, reads the history under the new key', async () => {
    await replaceExpected(db, NUMBER, anExpected({ key: FIXED, number: FIXED, updatedAt: T0 + 5000 }), `number: ${NUMBER} → ${FIXED}`);
    const detail = await readDetail(db, FIXED);
    expect(detail?.timeline.filter((e) => e.type === 'activity').map((e) => e.type === 'activity' && e.activity.kind)).toEqual(['added', 'fixed']);
    // The portal listed the old number, not the corrected one.
    expect(detail?.timeline.find((e) => e.type === 'query')).toMatchObject({ seen: 'not-seen' });
  });

  it('is null for an invoice that is not stored', async () => {
    expect(await readDetail(db, '24112000000000000000')).toBeNull();
  });
});
