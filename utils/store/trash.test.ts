import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExpectedInvoice } from '../invoice/model';
import { activityOf } from './activity';
import { putAnnotation } from './annotations';
import { openStore, type FapiaoDB } from './db';
import { addExpected, putVerification } from './repository';
import { removeExpected, restoreRemoved, TRASH_KEEP_MS } from './trash';

const invoice: ExpectedInvoice = { key: '26112000000012345678', kind: 'shudian', number: '26112000000012345678', date: '2026-11-02', total: '1130.00', origins: {}, addedAt: 1, updatedAt: 1 };
const NOW = Date.UTC(2026, 11, 1);

let db: FapiaoDB;
let n = 0;
beforeEach(async () => {
  db = await openStore(`trash-${++n}`);
  await addExpected(db, invoice);
  await putVerification(db, { key: invoice.key, outcome: 'not-found', at: 2 });
  await putAnnotation(db, { key: invoice.key, note: '已电话联系销方', userStatus: 'pending', ticket: { number: 'GD2026001', followUp: '2026-12-08' }, updatedAt: 3 });
  await db.put('files', { id: `${invoice.key}/abc`, invoiceKey: invoice.key, name: 'a.pdf', type: 'application/pdf', size: 1, sha256: 'abc', addedAt: 1, blob: new Blob(['x']) });
});
afterEach(() => db.close());

async function holdings(key: string) {
  return {
    invoice: await db.get('expected', key),
    verification: await db.get('verifications', key),
    annotation: await db.get('annotations', key),
    files: (await db.getAllFromIndex('files', 'invoiceKey', key)).map((f) => f.id),
    activity: (await activityOf(db, key)).map((a) => a.kind),
  };
}

describe('removal and its undo', () => {
  it('takes everything of the invoice away, and puts all of it back on undo', async () => {
    const before = await holdings(invoice.key);
    expect(await removeExpected(db, invoice.key, NOW)).toBe(true);
    expect(await holdings(invoice.key)).toEqual({ invoice: undefined, verification: undefined, annotation: undefined, files: [], activity: [] });
    const back = await restoreRemoved(db, invoice.key, NOW + 1);
    expect(back).toMatchObject({ invoice });
    expect(await holdings(invoice.key)).toEqual({ ...before, activity: [...before.activity, 'undone'] });
    expect(await db.count('trash')).toBe(0);
  });

  it('undoes once only, and never over an invoice added again since', async () => {
    await removeExpected(db, invoice.key, NOW);
    await addExpected(db, { ...invoice, total: '99.00' });
    expect(await restoreRemoved(db, invoice.key, NOW)).toBe('exists');
    expect((await db.get('expected', invoice.key))?.total).toBe('99.00');
    await removeExpected(db, invoice.key, NOW);
    await restoreRemoved(db, invoice.key, NOW);
    expect(await restoreRemoved(db, invoice.key, NOW)).toBe('absent');
  });

  it('empties the trash of what was removed more than a week before', async () => {
    await removeExpected(db, invoice.key, NOW);
    const other = { ...invoice, key: '26112000000012345679', number: '26112000000012345679' };
    await addExpected(db, other);
    await removeExpected(db, other.key, NOW + TRASH_KEEP_MS + 1);
    expect(await db.getAllKeys('trash')).toEqual([other.key]);
  });

  it('keeps the newest removal of a key whose earlier removal expired', async () => {
    await removeExpected(db, invoice.key, NOW);
    await addExpected(db, { ...invoice, total: '99.00' });
    await removeExpected(db, invoice.key, NOW + TRASH_KEEP_MS + 1);
    expect(await restoreRemoved(db, invoice.key, NOW + TRASH_KEEP_MS + 2)).toMatchObject({ invoice: { total: '99.00' } });
  });

  it('answers false for an invoice that is not stored, writing nothing', async () => {
    expect(await removeExpected(db, '123', NOW)).toBe(false);
    expect(await db.count('trash')).toBe(0);
  });
});

describe('annotations', () => {
  it('writes one history entry per changed part, none when nothing changed', async () => {
    const kinds = async () => (await activityOf(db, invoice.key)).map((a) => [a.kind, a.detail]);
    const start = (await kinds()).length;
    await putAnnotation(db, { key: invoice.key, note: '已电话联系销方', userStatus: 'confirmed', ticket: { number: 'GD2026001', followUp: '2026-12-15' }, updatedAt: 4 });
    // Both at the same moment: their order in the history is not defined.
    expect((await kinds()).slice(start).sort()).toEqual([
      ['ticket', 'GD2026001 → 2026-12-15'],
      ['user-status', 'confirmed'],
    ]);
    await putAnnotation(db, { key: invoice.key, note: '已电话联系销方', userStatus: 'confirmed', ticket: { number: 'GD2026001', followUp: '2026-12-15' }, updatedAt: 5 });
    expect(await kinds()).toHaveLength(start + 2);
  });

  it('refuses notes for an invoice that is not stored', async () => {
    expect(await putAnnotation(db, { key: '123', note: 'x', userStatus: null, ticket: null, updatedAt: 1 })).toBe('absent');
    expect(await db.get('annotations', '123')).toBeUndefined();
  });
});
