import { describe, expect, it } from 'vitest';
import type { ExpectedInvoice } from '../invoice/model';
import { LIMITS } from '../extract/limits';
import { buildBatch, type ImportedFile } from './build-batch';
import { checkRows } from './check-rows';
import { GOOD, NOW, row } from './test-rows';

const file = (name: string, kind: ImportedFile['kind'], size = 3): ImportedFile => ({ name, type: 'application/octet-stream', blob: new Blob([new Uint8Array(size)]), kind });
const other = { ...GOOD, number: '26112000000012345679' };

async function batchOf(rows: ReturnType<typeof row>[], files: Map<number, ImportedFile>, keepOriginals = true, stored = new Map<string, ExpectedInvoice>()) {
  return buildBatch({ rows, checks: checkRows(rows, stored, NOW), files, keepOriginals, mappings: [], observations: [], now: NOW });
}

describe('buildBatch', () => {
  it('saves the ticked rows that pass the rules, with the invoice files they came from', async () => {
    const rows = [row('1:0', GOOD), { ...row('2:0', other), accepted: false }, row('3:0', { ...GOOD, number: '1' })];
    const batch = await batchOf(rows, new Map([[1, file('a.ofd', 'ofd')], [2, file('b.pdf', 'pdf')], [3, file('c.png', 'image')]]));
    expect(batch.add.map((i) => i.key)).toEqual([GOOD.number]);
    expect(batch.add[0]).toMatchObject({ addedAt: NOW, updatedAt: NOW });
    expect(batch.files).toHaveLength(1);
    expect(batch.files[0]).toMatchObject({ invoiceKey: GOOD.number, name: 'a.ofd', size: 3 });
    expect(batch.files[0]?.id).toMatch(new RegExp(`^${GOOD.number}/[0-9a-f]{64}$`));
    expect(batch.activity).toEqual([expect.objectContaining({ key: GOOD.number, kind: 'imported', at: NOW, detail: 'a.ofd' })]);
  });

  it('keeps no sheet, nothing over the size limit, and nothing when the user said not to', async () => {
    const rows = [row('1:0', GOOD), row('2:0', other)];
    const files = new Map([[1, file('erp.csv', 'csv')], [2, file('big.pdf', 'pdf', LIMITS.keptOriginalBytes + 1)]]);
    expect((await batchOf(rows, files)).files).toEqual([]);
    expect((await batchOf([row('1:0', GOOD)], new Map([[1, file('a.ofd', 'ofd')]]), false)).files).toEqual([]);
  });

  it('merges into a stored invoice only when the user asked, against the version reviewed', async () => {
    const stored: ExpectedInvoice = { key: GOOD.number, kind: 'shudian', number: GOOD.number, date: GOOD.date, total: GOOD.total, origins: {}, addedAt: 1, updatedAt: 7 };
    const map = new Map([[GOOD.number, stored]]);
    expect((await batchOf([row('1:0', GOOD)], new Map(), true, map)).update).toEqual([]);
    const batch = await batchOf([{ ...row('1:0', GOOD), mergeIntoStored: true }], new Map([[1, file('a.ofd', 'ofd')]]), true, map);
    expect(batch.add).toEqual([]);
    expect(batch.update).toEqual([{ invoice: expect.objectContaining({ sellerTaxId: GOOD.sellerTaxId }), base: 7 }]);
    expect(batch.files.map((f) => f.invoiceKey)).toEqual([GOOD.number]);
    expect(batch.activity.map((a) => [a.key, a.detail])).toEqual([[GOOD.number, 'a.ofd']]);
  });
});
