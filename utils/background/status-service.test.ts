import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aScope, aSighting, anExpected, T0 } from '../reconcile/test-fixtures';
import { openStore, type FapiaoDB } from '../store/db';
import { addExpected, recordObservation, type Observation } from '../store/repository';
import { readStoredStatus } from '../store/status-store';
import { createStatusService } from './status-service';

const NOW = T0 + 3_600_000;
const later = (fn: () => void) => void setTimeout(fn, 0);
const seen = anExpected();
const unseen = anExpected({ key: '24112000000133456789', number: '24112000000133456789' });

let db: FapiaoDB;
let n = 0;
beforeEach(async () => {
  db = await openStore(`status-service-${++n}`);
  for (const inv of [seen, unseen]) await addExpected(db, inv);
});
afterEach(() => db.close());

async function observe(service: ReturnType<typeof createStatusService>, obs: Observation) {
  await recordObservation(db, obs);
  await service.observed(obs);
}

describe('the background status', () => {
  it('stores every row as it changes, so a worker woken later answers without reading the evidence', async () => {
    const first = createStatusService({ db, now: () => NOW, later });
    await first.report();
    await observe(first, { scope: aScope(), sightings: [aSighting()], signals: [], taxpayer: null });
    await first.settled();
    const live = await first.report('attention');
    expect(live.rows.map((r) => [r.invoice.key, r.status])).toEqual([[unseen.key, 'missing']]);
    expect(await readStoredStatus(db, NOW)).toEqual(await first.report());
    // Evidence gone behind its back: an answer that still shows the sighting came from the stored rows.
    await db.clear('sightings');
    const woken = createStatusService({ db, now: () => NOW, later });
    expect((await woken.popup(30)).rows.map((r) => r.invoice.key)).toEqual([unseen.key]);
    expect(await woken.report('attention')).toEqual(live);
    await woken.settled();
  });

  it('computes again from the evidence once the stored rows are out of date, or after an import wrote beside it', async () => {
    const first = createStatusService({ db, now: () => NOW, later });
    await observe(first, { scope: aScope(), sightings: [aSighting()], signals: [], taxpayer: null });
    await first.settled();
    await db.clear('sightings');
    const nextDay = createStatusService({ db, now: () => NOW + 86_400_000, later });
    expect((await nextDay.report()).counts.visible).toBe(0);
    await nextDay.settled();
    const sameDay = createStatusService({ db, now: () => NOW, later });
    await sameDay.reset();
    expect((await sameDay.report()).counts.visible).toBe(0);
    await sameDay.settled();
  });

  it('brings every headline up to the clock when a change comes after a day has passed', async () => {
    let clock = NOW;
    const service = createStatusService({ db, now: () => clock, later });
    await service.report();
    clock = NOW + 5 * 86_400_000;
    // A change that touches one invoice only: the other's headline still moved on with the days.
    await recordObservation(db, { scope: null, sightings: [aSighting()], signals: [], taxpayer: null });
    await service.observed({ scope: null, sightings: [aSighting()], signals: [], taxpayer: null });
    await service.settled();
    const fresh = createStatusService({ db, now: () => clock, later });
    await fresh.reset();
    expect(await service.report()).toEqual(await fresh.report());
    await fresh.settled();
  });

  it('stores the popup once the headlines a query touched are diagnosed, and says rows lag meanwhile', async () => {
    const waiting: Array<() => void> = [];
    const service = createStatusService({ db, now: () => NOW, later: (fn) => waiting.push(fn) });
    await service.report();
    await service.settled();
    await observe(service, { scope: aScope({ total: 0, rows: 0 }), sightings: [], signals: [], taxpayer: null });
    expect(await readStoredStatus(db, NOW + 1)).toBeNull();
    while (waiting.length) waiting.shift()!();
    await service.settled();
    expect((await db.get('statusMeta', 'status'))?.popup?.rows.map((r) => r.status)).toEqual(['missing', 'missing']);
  });

  it('stores the headlines a new query changed once they are diagnosed, row by row', async () => {
    const service = createStatusService({ db, now: () => NOW, later });
    expect((await service.report('attention')).rows.map((r) => r.status)).toEqual(['not-yet-searched', 'not-yet-searched']);
    await observe(service, { scope: aScope({ total: 0, rows: 0 }), sightings: [], signals: [], taxpayer: null });
    await service.settled();
    const stored = await readStoredStatus(db, NOW, 'attention');
    expect(stored?.rows.map((r) => [r.status, r.headline?.id])).toEqual((await service.report('attention')).rows.map((r) => [r.status, r.headline?.id]));
    expect(stored?.rows.map((r) => r.status)).toEqual(['missing', 'missing']);
  });
});
