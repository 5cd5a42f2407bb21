import { describe, expect, it } from 'vitest';
import { aScope, NUMBER, T0 } from '../../reconcile/test-fixtures';
import { planIsEmpty, planMerge } from './merge-plan';
import { RECORD_FORMAT, RECORD_VERSION, type FapiaoRecord, type RecordData } from './record-schema';
import { HEADER, sampleData } from './test-record';

const NOW = T0 + 1000;
const recordOf = (data: RecordData): FapiaoRecord => ({ format: RECORD_FORMAT, version: RECORD_VERSION, ...HEADER, ...data });
const empty: RecordData = { taxpayer: null, invoices: [], sightings: [], scopes: [], signals: [], verifications: [], activity: [], files: [], sheetMappings: [], annotations: [] };

describe('planMerge', () => {
  it('adds everything into an empty store', () => {
    const plan = planMerge(empty, recordOf(sampleData()), NOW, new Set(['ab'.repeat(32)]));
    expect(plan.added).toEqual(sampleData().invoices);
    expect([plan.sightings.length, plan.scopes.length, plan.signals.length, plan.verifications.length, plan.activity.length, plan.files.length]).toEqual([2, 1, 1, 1, 2, 1]);
    expect(plan.taxpayer).toEqual(sampleData().taxpayer);
  });

  it('changes nothing when the store already holds the record', () => {
    const plan = planMerge(sampleData(), recordOf(sampleData()), NOW, new Set());
    expect(planIsEmpty(plan)).toBe(true);
    expect(plan.unchanged).toBe(2);
  });

  it('lists originals a record names without their bytes apart, and they alone change nothing', () => {
    const { files, ...rest } = sampleData();
    const plan = planMerge({ ...rest, files: [] }, recordOf(sampleData()), NOW, new Set());
    expect(plan.files).toEqual([]);
    expect(plan.filesWithoutBytes).toEqual(files);
    expect(planIsEmpty(plan)).toBe(true);
  });

  it('takes only queries and page messages the store will keep, and each once', () => {
    const stored = { ...empty, scopes: Array.from({ length: 1000 }, (_, i) => aScope({ id: `new${i}`, at: T0 + 10_000 + i })) };
    const old = aScope({ id: 'old', at: T0 });
    const newer = aScope({ id: 'newer', at: T0 + 20_000 });
    const signal = sampleData().signals[0]!;
    const plan = planMerge(stored, recordOf({ ...empty, scopes: [old, newer], signals: [signal, signal] }), NOW, new Set());
    expect(plan.scopes).toEqual([newer]);
    expect(plan.signals).toEqual([signal]);
  });

  it('fills blanks of a stored invoice without replacing any value', () => {
    const stored = sampleData();
    const [first] = stored.invoices;
    const { sellerName: _, ...bare } = first!;
    stored.invoices[0] = bare;
    const plan = planMerge(stored, recordOf(sampleData()), NOW, new Set());
    expect(plan.updated).toEqual([
      { invoice: { ...bare, sellerName: first!.sellerName, updatedAt: NOW }, base: T0, differences: [{ field: 'sellerName', stored: undefined, incoming: first!.sellerName }] },
    ]);
    expect(plan.conflicts).toEqual([]);
  });

  it('keeps a record that disagrees aside as a conflict, with each difference', () => {
    const incoming = sampleData();
    incoming.invoices[0] = { ...incoming.invoices[0]!, total: '1131.00', sellerName: undefined };
    const plan = planMerge(sampleData(), recordOf(incoming), NOW, new Set());
    expect(plan.updated).toEqual([]);
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]?.differences).toEqual([
      { field: 'total', stored: '1130.00', incoming: '1131.00' },
      { field: 'sellerName', stored: '北京晨光文具有限公司', incoming: undefined },
    ]);
  });

  it('keeps the newer of two 查验 results and taxpayers, and merges a sighting field by field', () => {
    const stored = sampleData();
    stored.verifications = [{ key: NUMBER, outcome: 'not-found', at: T0 + 99 }];
    stored.taxpayer = { taxId: 'X', at: T0 + 99 };
    const incoming = sampleData();
    incoming.sightings[0] = { ...incoming.sightings[0]!, seenAt: T0 + 500, statusCode: '02' };
    const plan = planMerge(stored, recordOf(incoming), NOW, new Set());
    expect(plan.verifications).toEqual([]);
    expect(plan.taxpayer).toBeNull();
    expect(plan.sightings).toEqual([{ ...stored.sightings[0], seenAt: T0 + 500, statusCode: '02' }]);
  });
});

describe('notes in a record', () => {
  const note = (updatedAt: number, text: string) => ({ key: NUMBER, note: text, userStatus: null, ticket: null, updatedAt });

  it('takes the later edit of a note, and nothing when the stored one is as new', () => {
    const data = sampleData();
    expect(planMerge({ ...data, annotations: [note(1, 'old')] }, recordOf({ ...data, annotations: [note(2, 'new')] }), NOW, new Set()).annotations).toEqual([note(2, 'new')]);
    expect(planMerge({ ...data, annotations: [note(2, 'mine')] }, recordOf({ ...data, annotations: [note(2, 'theirs')] }), NOW, new Set()).annotations).toEqual([]);
  });
});
