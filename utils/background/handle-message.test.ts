import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type FapiaoDB } from '../store/db';
import { loadSnapshot } from '../store/repository';
import { handleMessage, type HandlerDeps } from './handle-message';

const NOW = Date.UTC(2026, 10, 23, 2, 0);
const input = { number: '26112000000012345678', date: '2026年11月2日', total: '￥1,130.00', buyerTaxId: '91110108MA01ABCD00' };

let db: FapiaoDB;
let deps: HandlerDeps;
let n = 0;
beforeEach(async () => {
  db = await openStore(`handler-${++n}`);
  deps = { db, now: () => NOW, onChange: vi.fn() };
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
});
