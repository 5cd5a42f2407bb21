import { describe, expect, it } from 'vitest';
import type { ExtractOutcome } from '../extract/types';
import { EMPTY_IMPORT, fileDone, filePartial, filesCancelled, filesQueued, fileRequeued, overallProgress } from './import-state';

const draft = (number: string) => ({ fields: { number: { value: number, source: 'xml' as const, confidence: 1, conflicts: [], confirmed: false } } });
const outcome = (extra: Partial<ExtractOutcome>): ExtractOutcome => ({ kind: 'xml', drafts: [], problems: [], ...extra });

describe('import state', () => {
  it('turns each file into review rows, failures into failed files, and counts progress', () => {
    let s = filesQueued(EMPTY_IMPORT, [{ id: 1, name: 'a.xml', size: 1 }, { id: 2, name: 'b.pdf', size: 1 }, { id: 3, name: 'c.png', size: 1 }]);
    s = fileDone(s, 1, outcome({ drafts: [draft('26112000000012345678')] }), 10);
    s = fileDone(s, 2, outcome({ kind: 'pdf', problems: [{ code: 'pdf-corrupt', field: 'file', zh: '坏', en: 'bad' }] }), 5);
    expect(s.rows.map((r) => [r.id, r.fileName])).toEqual([['1:0', 'a.xml']]);
    expect(s.files.map((f) => f.state)).toEqual(['done', 'failed', 'queued']);
    expect(overallProgress(s)).toEqual({ done: 2, total: 3 });
    s = filesCancelled(s);
    expect(s.files.map((f) => f.state)).toEqual(['done', 'failed', 'cancelled']);
    expect(fileDone(s, 3, outcome({ drafts: [draft('26112000000012345679')] }), 1).rows).toHaveLength(1);
  });

  it('shows a picture’s QR fields early, pending, and replaces them with the whole reading', () => {
    let s = filesQueued(EMPTY_IMPORT, [{ id: 1, name: 'photo.jpg', size: 1 }]);
    s = filePartial(s, 1, outcome({ kind: 'image', drafts: [draft('26112000000012345678')] }));
    expect(s.rows.map((r) => [r.id, r.pending])).toEqual([['1:0', true]]);
    expect(s.files[0]?.state).toBe('queued');
    const done = fileDone(s, 1, outcome({ kind: 'image', drafts: [draft('26112000000012345678')] }), 5);
    expect(done.rows.map((r) => [r.id, r.pending])).toEqual([['1:0', undefined]]);
    expect(filesCancelled(s).rows[0]?.pending).toBe(false);
  });

  it('replaces a sheet’s rows when it is read again with its columns mapped', () => {
    const request = { signature: 's', headers: ['票号'], sample: [], guess: {} };
    let s = filesQueued(EMPTY_IMPORT, [{ id: 1, name: 'erp.csv', size: 1 }]);
    s = fileDone(s, 1, outcome({ kind: 'csv', mapping: request }), 1);
    expect(s.mappings).toHaveLength(1);
    expect(s.files[0]?.state).toBe('done');
    s = fileRequeued(s, 1);
    expect(s.mappings).toEqual([]);
    s = fileDone(s, 1, outcome({ kind: 'csv', drafts: [draft('26112000000012345678'), draft('26112000000012345679')] }), 1);
    expect(s.rows.map((r) => r.id)).toEqual(['1:0', '1:1']);
  });
});
