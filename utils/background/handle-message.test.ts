import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type FapiaoDB } from '../store/db';
import { loadSnapshot } from '../store/repository';
import { handleMessage, type HandlerDeps } from './handle-message';
import { createStatusService } from './status-service';

const NOW = Date.UTC(2026, 10, 23, 2, 0);
const input = { number: '26112000000012345678', date: '2026年11月2日', total: '￥1,130.00', buyerTaxId: '91110108MA01ABCD00' };

let db: FapiaoDB;
let deps: HandlerDeps;
let n = 0;
beforeEach(async () => {
  db = await openStore(`handler-${++n}`);
  deps = { db, now: () => NOW, status: createStatusService({ db, now: () => NOW, later: (fn) => setTimeout(fn, 0) }), onChange: vi.fn() };
});
afterEach(() => db.close());

describe('handleMessage', () => {
  it.each([[null], [{}], [{ type: 'nope' }], [{ type: 'expected:add', input: { number: 1 } }], [{ type: 'expected:add', input: { ...input, note: 'x'.repeat(9000) } }]])(
    'answers a malformed message %# with a clear error',
    async (raw) => {
      const answer = await handleMessage(raw, deps);
      expect(answer).toMatchObject({ ok: false, problems: [{ code: 'bad-message' }] });
    },
  );

  it('normalises and stores a typed invoice, then refuses it a second time', async () => {
    const added = await handleMessage({ type: 'expected:add', input: { ...input, buyerTaxId: undefined } }, deps);
    expect(added).toMatchObject({ ok: true, invoice: { key: input.number, date: '2026-11-02', total: '1130.00' } });
    expect(deps.onChange).toHaveBeenCalledTimes(1);
    const again = await handleMessage({ type: 'expected:add', input: { ...input, buyerTaxId: undefined } }, deps);
    expect(again).toMatchObject({ ok: false, problems: [{ code: 'duplicate' }] });
    expect((await loadSnapshot(db)).expected).toHaveLength(1);
  });

  it('recounts after the dashboard wrote an import itself', async () => {
    expect(await handleMessage({ type: 'store:changed' }, deps)).toEqual({ ok: true });
    expect(deps.onChange).toHaveBeenCalledTimes(1);
  });

  it('stores nothing when the input is invalid', async () => {
    const answer = await handleMessage({ type: 'expected:add', input: { ...input, date: '2026-02-30' } }, deps);
    expect(answer).toMatchObject({ ok: false });
    expect((await loadSnapshot(db)).expected).toEqual([]);
    expect(deps.onChange).not.toHaveBeenCalled();
  });

  it('reports an unsearched invoice as not visible and diagnoses it', async () => {
    await handleMessage({ type: 'expected:add', input: { ...input, buyerTaxId: undefined } }, deps);
    const status = await handleMessage({ type: 'status:get' }, deps);
    expect(status).toMatchObject({ notVisible: 1, rows: [{ status: 'not-yet-searched' }] });
    const why = await handleMessage({ type: 'diagnose', key: input.number, online: true }, deps);
    expect(why).toMatchObject({ ok: true });
    const findings = (why as { findings: Array<{ id: string; verdict: string }> }).findings;
    expect(findings.find((f) => f.id === 'not-searched')?.verdict).toBe('cause');
  });

  describe('expected:fix', () => {
    const other = '26112000000012345679';
    const add = (number: string) => handleMessage({ type: 'expected:add', input: { ...input, number, buyerTaxId: undefined } }, deps);
    const keys = async () => (await loadSnapshot(db)).expected.map((e) => e.key).sort();

    it('replaces the record under its corrected number and keeps when it was added', async () => {
      await add(input.number);
      const fixed = await handleMessage({ type: 'expected:fix', key: input.number, field: 'number', value: other }, { ...deps, now: () => NOW + 1 });
      expect(fixed).toMatchObject({ ok: true, invoice: { key: other, addedAt: NOW, updatedAt: NOW + 1, origins: { number: { source: 'portal' } } } });
      expect(await keys()).toEqual([other]);
    });

    it.each([
      ['a value that is no invoice number', '1234', 'number'],
      ['an impossible date', '2026-02-30', 'date'],
    ] as const)('refuses %s and changes nothing', async (_label, value, field) => {
      await add(input.number);
      expect(await handleMessage({ type: 'expected:fix', key: input.number, field, value }, deps)).toMatchObject({ ok: false });
      expect(await keys()).toEqual([input.number]);
    });

    it('refuses to turn one invoice into another already in the list', async () => {
      await add(input.number);
      await add(other);
      const answer = await handleMessage({ type: 'expected:fix', key: input.number, field: 'number', value: other }, deps);
      expect(answer).toMatchObject({ ok: false, problems: [{ code: 'duplicate' }] });
      expect(await keys()).toEqual([input.number, other]);
    });

    it('says so when the invoice to fix is not in the list', async () => {
      const answer = await handleMessage({ type: 'expected:fix', key: input.number, field: 'total', value: '1.00' }, deps);
      expect(answer).toMatchObject({ ok: false, problems: [{ code: 'unknown-key' }] });
    });
  });

  it('answers a diagnosis request for an unknown key with a specific error', async () => {
    expect(await handleMessage({ type: 'diagnose', key: '123', online: null }, deps)).toMatchObject({ ok: false, problems: [{ code: 'unknown-key' }] });
  });

  describe('one-click fixes, edits and their undo', () => {
    const other = '26112000000012345679';
    const add = () => handleMessage({ type: 'expected:add', input: { ...input, buyerTaxId: undefined } }, deps);

    it('answers a fix with the exact edit that takes it back, and that edit does', async () => {
      await add();
      const fixed = await handleMessage({ type: 'expected:fix', key: input.number, field: 'total', value: '1131.00' }, deps);
      expect(fixed).toMatchObject({ ok: true, undo: { key: input.number, fields: { total: '1130.00' } } });
      if (!('undo' in fixed)) throw new Error('no undo');
      const undone = await handleMessage({ type: 'expected:edit', key: fixed.undo.key, fields: fixed.undo.fields }, deps);
      expect(undone).toMatchObject({ ok: true, invoice: { total: '1130.00' } });
    });

    it('takes a corrected number back to the old key', async () => {
      await add();
      const fixed = await handleMessage({ type: 'expected:fix', key: input.number, field: 'number', value: other }, deps);
      expect(fixed).toMatchObject({ ok: true, undo: { key: other, fields: { number: input.number } } });
    });

    it('a fix drops the 查验 result recorded for the invoice as it was typed, and its undo puts it back', async () => {
      await add();
      const verification = { key: input.number, outcome: 'not-found' as const, at: NOW };
      await handleMessage({ type: 'verification:set', verification }, deps);
      const fixed = await handleMessage({ type: 'expected:fix', key: input.number, field: 'number', value: other }, deps);
      expect((await loadSnapshot(db)).verifications).toEqual([]);
      if (!('undo' in fixed)) throw new Error('no undo');
      expect(fixed.undo.verification).toEqual(verification);
      await handleMessage({ type: 'expected:edit', ...fixed.undo }, deps);
      expect((await loadSnapshot(db)).verifications).toEqual([verification]);
      const why = await handleMessage({ type: 'diagnose', key: input.number, online: null }, deps);
      expect(why).toMatchObject({ verification });
    });

    it('returns every problem of an edit at once, each with its field, and stores nothing', async () => {
      await add();
      const answer = await handleMessage({ type: 'expected:edit', key: input.number, fields: { date: '2026-02-30', total: 'abc' } }, deps);
      expect(answer).toMatchObject({ ok: false });
      const fields = 'problems' in answer ? answer.problems.map((p) => p.field).sort() : [];
      expect(fields).toEqual(['date', 'total']);
      expect((await loadSnapshot(db)).expected[0]?.total).toBe('1130.00');
    });
  });

  it('removes an invoice so that it can be put back, and the status follows both', async () => {
    await handleMessage({ type: 'expected:add', input: { ...input, buyerTaxId: undefined } }, deps);
    expect(await handleMessage({ type: 'expected:remove', key: input.number }, deps)).toEqual({ ok: true, undoable: true });
    expect(await handleMessage({ type: 'status:get' }, deps)).toMatchObject({ rows: [], notVisible: 0 });
    expect(await handleMessage({ type: 'expected:undo-remove', key: input.number }, deps)).toMatchObject({ ok: true, invoice: { key: input.number } });
    expect(await handleMessage({ type: 'status:get' }, deps)).toMatchObject({ notVisible: 1, rows: [{ invoice: { key: input.number } }] });
    expect(await handleMessage({ type: 'expected:undo-remove', key: input.number }, deps)).toMatchObject({ ok: false, problems: [{ code: 'not-in-trash' }] });
  });

  it('stores notes, a status and a ticket, refusing a follow-up date that is no date', async () => {
    await handleMessage({ type: 'expected:add', input: { ...input, buyerTaxId: undefined } }, deps);
    const annotation = { key: input.number, note: '催销方', userStatus: 'pending' as const, ticket: { number: 'GD1', followUp: '2026-12-08' } };
    expect(await handleMessage({ type: 'annotation:set', annotation }, deps)).toEqual({ ok: true, annotation: { ...annotation, updatedAt: NOW } });
    expect(await handleMessage({ type: 'annotation:set', annotation: { ...annotation, ticket: { number: 'GD1', followUp: '12/08' } } }, deps)).toMatchObject({ ok: false });
    expect(await db.get('annotations', input.number)).toEqual({ ...annotation, updatedAt: NOW });
  });

  it('stores an answer delivered twice (a retry after the worker stopped) once', async () => {
    const seen = { key: input.number, number: input.number, scopeId: 'q', seenAt: NOW, via: 'api' as const };
    const answer = { type: 'portal:observed', answerId: 'answer-0001', scope: null, sightings: [seen], signals: [{ kind: 'request-failed', at: NOW, text: 'x', page: '/p' }], taxpayer: null } as const;
    expect(await handleMessage(answer, deps)).toEqual({ ok: true });
    expect(await handleMessage(answer, deps)).toEqual({ ok: true });
    expect(await db.count('signals')).toBe(1);
    expect(deps.onChange).toHaveBeenCalledTimes(1);
  });

  it('keeps no 查验 result for an invoice that is not in the list', async () => {
    const answer = await handleMessage({ type: 'verification:set', verification: { key: input.number, outcome: 'not-found', at: NOW } }, deps);
    expect(answer).toMatchObject({ ok: false, problems: [{ code: 'unknown-key' }] });
    expect(await db.count('verifications')).toBe(0);
  });

  it('keeps of a sighting only what the checks read', async () => {
    const seen = { key: input.number, number: input.number, sellerName: '北京晨光文具有限公司', buyerName: '我方', amount: '1000.00', tax: '130.00', total: '1130.00', scopeId: 'q', seenAt: NOW, via: 'api' as const };
    await handleMessage({ type: 'portal:observed', answerId: 'answer-0002', scope: null, sightings: [seen], signals: [], taxpayer: null }, deps);
    expect(await db.get('sightings', input.number)).toEqual({ key: input.number, number: input.number, total: '1130.00', scopeId: 'q', seenAt: NOW, via: 'api' });
  });

  it.each([
    ['expected:add', () => ({ type: 'expected:add', input: { ...input, number: '26112000000012345670', buyerTaxId: undefined } })],
    ['expected:fix', () => ({ type: 'expected:fix', key: input.number, field: 'total', value: '1131.00' })],
    ['expected:edit', () => ({ type: 'expected:edit', key: input.number, fields: { sellerName: '晨光' } })],
    ['expected:remove', () => ({ type: 'expected:remove', key: input.number })],
    ['annotation:set', () => ({ type: 'annotation:set', annotation: { key: input.number, note: 'x', userStatus: null, ticket: null } })],
    ['verification:set', () => ({ type: 'verification:set', verification: { key: input.number, outcome: 'match', at: NOW } })],
    ['portal:observed', () => ({ type: 'portal:observed', answerId: 'answer-0003', scope: null, sightings: [], signals: [], taxpayer: null })],
  ])('asks for the badge and reminders to be refreshed after %s', async (_type, message) => {
    await handleMessage({ type: 'expected:add', input: { ...input, buyerTaxId: undefined } }, deps);
    vi.mocked(deps.onChange).mockClear();
    expect(await handleMessage(message(), deps)).toMatchObject({ ok: true });
    expect(deps.onChange).toHaveBeenCalledTimes(1);
  });

  it('answers the popup with the rows needing attention only, and the counts of all', async () => {
    await handleMessage({ type: 'expected:add', input: { ...input, buyerTaxId: undefined } }, deps);
    const seen = '26112000000012345679';
    await handleMessage({ type: 'expected:add', input: { ...input, number: seen, buyerTaxId: undefined } }, deps);
    await handleMessage({ type: 'portal:observed', answerId: 'answer-0004', scope: null, sightings: [{ key: seen, number: seen, scopeId: 'q', seenAt: NOW, via: 'api' }], signals: [], taxpayer: null }, deps);
    const answer = await handleMessage({ type: 'status:get', only: 'attention' }, deps);
    expect(answer).toMatchObject({ rows: [{ invoice: { key: input.number } }], counts: { expected: 2, visible: 1, notSearched: 1 } });
  });
});
