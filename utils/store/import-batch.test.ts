import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExpectedInvoice, QueryScope, Sighting } from '../invoice/model';
import { openStore, type FapiaoDB } from './db';
import { activityOf, newActivity } from './activity';
import { filesOf, keysWithFiles, saveImport, type ImportBatch } from './import-batch';
import { originalFileId } from './original-file-id';
import { addExpected, loadSnapshot, replaceExpected } from './repository';
import { removeExpected } from './trash';
import type { OriginalFile } from './stored-types';

function invoice(key: string, extra: Partial<ExpectedInvoice> = {}): ExpectedInvoice {
  return { key, kind: 'shudian', number: key, date: '2026-11-02', total: '1130.00', origins: {}, addedAt: 1, updatedAt: 1, ...extra };
}

function original(invoiceKey: string, sha256 = 'ab'.repeat(32)): OriginalFile {
  return {
    id: originalFileId(invoiceKey, sha256),
    invoiceKey,
    name: `${invoiceKey}.pdf`,
    type: 'application/pdf',
    size: 3,
    sha256,
    addedAt: 2,
    blob: new Blob(['pdf']),
  };
}

const scope: QueryScope = {
  id: 'export:1', at: 3, page: 'import:导出.xlsx', host: '', direction: 'received', dateFrom: '2026-11-01',
  dateTo: '2026-11-20', statusCodes: [], typeCodes: [], pageNumber: 1, pageSize: 1, total: 1, rows: 1,
  taxpayerId: null, ok: true, encrypted: false, call: 'export',
};
const sighting: Sighting = { key: '26112000000000000009', number: '26112000000000000009', scopeId: scope.id, seenAt: 3, via: 'sheet' };

function batch(extra: Partial<ImportBatch>): ImportBatch {
  return { add: [], update: [], files: [], mappings: [], observations: [], activity: [], ...extra };
}

const A = '26112000000000000001';
const B = '26112000000000000002';

let db: FapiaoDB;
let n = 0;
beforeEach(async () => {
  db = await openStore(`import-${++n}`);
});
afterEach(() => db.close());

describe('saveImport', () => {
  it('writes invoices, originals, mappings and export sightings together', async () => {
    const outcome = await saveImport(
      db,
      batch({
        add: [invoice(A), invoice(B)],
        files: [original(A)],
        mappings: [{ signature: 's', headers: ['票号'], columns: { number: 0 }, savedAt: 1 }],
        observations: [{ scope, sightings: [sighting], signals: [], taxpayer: null }],
      }),
    );
    expect(outcome).toEqual({ ok: true, added: 2, updated: 0, files: 1, sightings: 1 });
    const snap = await loadSnapshot(db);
    expect(snap.expected.map((e) => e.key).sort()).toEqual([A, B]);
    expect(snap.sightings).toEqual([sighting]);
    expect(snap.scopes).toEqual([scope]);
    expect((await filesOf(db, A)).map((f) => f.name)).toEqual([`${A}.pdf`]);
    expect(await db.get('sheetMappings', 's')).toMatchObject({ columns: { number: 0 } });
  });

  it('writes nothing when one invoice was added elsewhere since the review', async () => {
    await addExpected(db, invoice(B, { total: '9.00' }));
    const outcome = await saveImport(
      db,
      batch({ add: [invoice(A), invoice(B)], files: [original(A)], activity: [newActivity(A, 'imported', 1)] }),
    );
    expect(outcome).toEqual({ ok: false, conflicts: [B] });
    expect(await activityOf(db, A)).toEqual([]);
    const snap = await loadSnapshot(db);
    expect(snap.expected).toEqual([invoice(B, { total: '9.00' })]);
    expect(await filesOf(db, A)).toEqual([]);
  });

  it('merges into a stored invoice only if it is unchanged since the review', async () => {
    await addExpected(db, invoice(A));
    const merged = invoice(A, { sellerName: '北京晨光', updatedAt: 7 });
    expect(await saveImport(db, batch({ update: [{ invoice: merged, base: 99 }] }))).toEqual({ ok: false, conflicts: [A] });
    expect(await saveImport(db, batch({ update: [{ invoice: merged, base: 1 }] }))).toMatchObject({ ok: true, updated: 1 });
    expect((await loadSnapshot(db)).expected).toEqual([merged]);
  });
});

describe('originals follow their invoice', () => {
  beforeEach(async () => {
    await saveImport(
      db,
      batch({
        add: [invoice(A), invoice(B)],
        files: [original(A), original(B, 'cd'.repeat(32))],
        activity: [newActivity(A, 'imported', 1, 'a.pdf'), newActivity(B, 'imported', 1, 'b.pdf')],
      }),
    );
  });

  it('are removed with it, and so is its history', async () => {
    await removeExpected(db, A);
    expect(await filesOf(db, A)).toEqual([]);
    expect(await activityOf(db, A)).toEqual([]);
    expect([...(await keysWithFiles(db))]).toEqual([B]);
  });

  it('move to its corrected key', async () => {
    const C = '26112000000000000003';
    expect(await replaceExpected(db, A, invoice(C, { updatedAt: 5 }), `key: ${A} → ${C}`)).toBe('replaced');
    expect(await filesOf(db, A)).toEqual([]);
    expect((await filesOf(db, C)).map((f) => f.id)).toEqual([originalFileId(C, 'ab'.repeat(32))]);
    expect((await activityOf(db, C)).map((a) => [a.kind, a.detail])).toEqual([
      ['imported', 'a.pdf'],
      ['fixed', `key: ${A} → ${C}`],
    ]);
    expect(await activityOf(db, A)).toEqual([]);
  });
});
