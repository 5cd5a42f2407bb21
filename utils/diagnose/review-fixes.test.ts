import { describe, expect, it } from 'vitest';
import { aScope, aSighting, anExpected, NUMBER, OTHER_TAX_ID, T0 } from '../reconcile/test-fixtures';
import { diagnose, summarise } from './diagnose';
import { aContext, type ContextInput } from './test-context';
import type { CheckId, Finding, Verdict } from './types';

const chinaTime = (y: number, m: number, d: number, h: number, min = 0) => Date.UTC(y, m - 1, d, h - 8, min);
/** The default invoice (2024-05-20) can be listed from 2024-05-21 00:00 China time; this query ran before. */
const early = aScope({ id: 'early', at: chinaTime(2024, 5, 20, 16) });

function finding(findings: Finding[], id: CheckId): Finding {
  const f = findings.find((x) => x.id === id);
  if (!f) throw new Error(`no ${id}`);
  return f;
}

describe('queries made too early are judged only when no later one exists', () => {
  it.each<[string, CheckId, Verdict, ContextInput]>([
    ['later query under 开具', 'direction', 'cause', { scopes: [early, aScope({ id: 'late', direction: 'issued' })] }],
    ['later query with status 02 only', 'status-filter', 'cause', { scopes: [early, aScope({ id: 'late', statusCodes: ['02'] })] }],
    ['later query with pages unread', 'pages-unread', 'cause', { scopes: [early, aScope({ id: 'late', pageSize: 20, total: 120, rows: 20 })] }],
    ['only the early query', 'date-range', 'cause', { scopes: [early] }],
  ])('%s -> headline %s (%s)', (_name, id, verdict, input) => {
    const findings = diagnose(aContext(input));
    const { top } = summarise(findings);
    expect(top?.id).toBe(id);
    expect(top?.verdict).toBe(verdict);
  });

  const earlyRange = aScope({ id: 'early', at: chinaTime(2024, 5, 20, 16), dateFrom: '2024-05-15', dateTo: '2024-05-25' });
  it.each<[string, ContextInput, string[], string[]]>([
    ['a later query exists: only it is listed', { scopes: [earlyRange, aScope({ id: 'late' })] }, ['2024-05-01 至 2024-05-31'], ['2024-05-15']],
  ])('escalate queries tried: %s', (_name, input, present, absent) => {
    const esc = finding(diagnose(aContext(input)), 'escalate');
    const action = esc.next?.action;
    const text = action?.kind === 'copy-text' ? action.text.zh : '';
    const tried = text.slice(text.indexOf('已做的查询'), text.indexOf('已排查'));
    for (const p of present) expect(tried).toContain(p);
    for (const a of absent) expect(tried).not.toContain(a);
  });
});

describe('request-failed blames only failed queries that could have listed the invoice', () => {
  const MIN = 60_000;
  const failed = (over: Parameters<typeof aScope>[0]) =>
    aScope({ id: 'f', at: T0 + MIN, ok: false, total: null, rows: 0, error: '系统繁忙', ...over });
  it.each<[string, Verdict, ContextInput]>([
    ['a failed 取得 query of May', 'cause', { scopes: [aScope(), failed({})] }],
    ['a failed 开具 query for a received invoice', 'ok', { scopes: [aScope(), failed({ direction: 'issued' })] }],
    ['a failed query with status 02 only', 'ok', { scopes: [aScope(), failed({ statusCodes: ['02'] })] }],
    ['a failed query for paper 专票 only (数电 e-invoice)', 'ok', { scopes: [aScope(), failed({ typeCodes: ['01'] })] }],
    ['a failed query of June', 'ok', { scopes: [aScope(), failed({ dateFrom: '2024-06-01', dateTo: '2024-06-30' })] }],
    ['a failed query of another buyer', 'ok', { scopes: [aScope(), failed({ taxpayerId: OTHER_TAX_ID })] }],
  ])('%s -> %s', (_name, verdict, input) => {
    expect(finding(diagnose(aContext({ now: T0 + 2 * MIN, ...input })), 'request-failed').verdict).toBe(verdict);
  });
});

describe('typo: a neighbour the user also expects is asked about, never blamed nor ruled out', () => {
  const TYPO = '24112000000123456780';
  const typed = anExpected({ key: TYPO, number: TYPO });
  const OTHER = '24112000000123456781';
  it.each<[string, Verdict, ContextInput, string | null]>([
    ['only the sibling', 'unknown', { expected: typed, sightings: [aSighting()], expectedKeys: [TYPO, NUMBER] }, '清单中也登记了 …6789（电子税务局可见）：是同一笔业务拆开的发票，还是重复登记并输错了号码？'],
    [
      'the sibling and an unconvincing neighbour',
      'unknown',
      { expected: typed, sightings: [aSighting(), aSighting({ key: OTHER, number: OTHER, total: '9.00' })], expectedKeys: [TYPO, NUMBER] },
      '清单中也登记了 …6789',
    ],
    ['not expected: a typo', 'cause', { expected: typed, sightings: [aSighting()] }, null],
  ])('%s -> %s', (_name, verdict, input, zh) => {
    const f = finding(diagnose(aContext(input)), 'typo');
    expect(f.verdict).toBe(verdict);
    if (zh) {
      expect(f.evidence.zh).toContain(zh);
      expect(f.evidence.en).toContain('…6789');
      expect(f.next?.action).toBeUndefined();
    }
  });
});

describe('sync-delay: a query soon after midnight is rechecked at 08:00 before anything is escalated', () => {
  const may31 = anExpected({ date: '2024-05-31' });
  const at0030 = aScope({ at: chinaTime(2024, 6, 1, 0, 30) });
  const recheckAt = chinaTime(2024, 6, 1, 8);
  it.each<[string, ContextInput, CheckId, number | null]>([
    ['now before 08:00', { expected: may31, scopes: [at0030], now: chinaTime(2024, 6, 1, 1) }, 'sync-delay', recheckAt],
    ['now after 08:00, last query at 00:30', { expected: may31, scopes: [at0030], now: chinaTime(2024, 6, 1, 10) }, 'sync-delay', recheckAt],
    [
      'queried again at 09:00',
      { expected: may31, scopes: [aScope({ at: chinaTime(2024, 6, 1, 9) })], now: chinaTime(2024, 6, 1, 10) },
      'verify-national',
      null,
    ],
  ])('%s', (_name, input, headline, at) => {
    const findings = diagnose(aContext(input));
    expect(summarise(findings).top?.id).toBe(headline);
    const f = finding(findings, 'sync-delay');
    expect(f.verdict).toBe('unknown');
    expect(f.next?.action).toEqual(at === null ? undefined : { kind: 'recheck-at', at });
    if (at !== null) expect(f.next?.text.zh).toContain('2024-06-01 08:00');
  });
});

describe('date-range: steps that can work now', () => {
  const june = aScope({ dateFrom: '2024-06-01', dateTo: '2024-06-30' });
  it.each<[string, ContextInput, Verdict, string | null, string | null, number | null]>([
    [
      'issued today, range excludes it: query the month at the recheck time',
      { expected: anExpected({ date: '2024-06-01' }) },
      'cause',
      '2024-06-02 08:00 后重新查询',
      'after 2024-06-02 08:00',
      chinaTime(2024, 6, 2, 8),
    ],
    [
      'issued long ago, range excludes it: query the month now',
      { expected: anExpected({ date: '2024-04-20' }) },
      'cause',
      '2024-04-01 至 2024-04-30 后重新查询',
      'from 2024-04-01 to 2024-04-30',
      null,
    ],
    [
      'future date, range excludes it: check the date, no recheck',
      { expected: anExpected({ date: '2024-07-05' }) },
      'cause',
      '晚于今天（2024-06-01）',
      'after today (2024-06-01)',
      null,
    ],
  ])('%s', (_name, input, verdict, zh, en, recheckAt) => {
    const f = finding(diagnose(aContext(input)), 'date-range');
    expect(f.verdict).toBe(verdict);
    if (zh) expect(f.next?.text.zh).toContain(zh);
    if (en) expect(f.next?.text.en).toContain(en);
    if (recheckAt !== null) expect(f.next?.action).toEqual({ kind: 'recheck-at', at: recheckAt });
    else expect(f.next?.action?.kind).not.toBe('recheck-at');
  });

  it.each<[string, ContextInput, string[], string[]]>([
    [
      'future-dated record: ok text points to the record, not to sync delay',
      { expected: anExpected({ date: '2024-06-05' }), scopes: [june] },
      ['晚于今天', '登记的发票信息格式', 'after today', 'Format of the recorded invoice'],
      ['同步延迟', 'Sync delay'],
    ],
    [
      'issued today, range includes it: ok text points to sync delay',
      { expected: anExpected({ date: '2024-06-01' }), scopes: [june] },
      ['同步延迟', 'Sync delay'],
      ['晚于今天'],
    ],
  ])('%s', (_name, input, present, absent) => {
    const f = finding(diagnose(aContext(input)), 'date-range');
    expect(f.verdict).toBe('ok');
    const text = `${f.evidence.zh} ${f.evidence.en}`;
    for (const p of present) expect(text).toContain(p);
    for (const a of absent) expect(text).not.toContain(a);
  });
});

describe('English counts are singular for one', () => {
  const may31 = anExpected({ date: '2024-05-31' });
  const MIN = 60_000;
  it.each<[string, CheckId, ContextInput, string, string]>([
    [
      'sync-delay, issued yesterday',
      'sync-delay',
      { expected: may31, scopes: [aScope({ at: chinaTime(2024, 6, 1, 9) })], now: chinaTime(2024, 6, 1, 10) },
      '1 day has passed',
      '1 days',
    ],
    [
      'request-failed, one ignored failure',
      'request-failed',
      { scopes: [aScope({ at: T0 + MIN }), aScope({ id: 'f', at: T0, ok: false, total: null, rows: 0 })], now: T0 + 2 * MIN },
      '1 failed query or request was recorded',
      'queries or requests were',
    ],
    ['pages-unread, one row', 'pages-unread', { scopes: [aScope({ total: 1, rows: 1 })] }, 'all 1 row read', '1 rows'],
  ])('%s', (_name, id, input, present, absent) => {
    const f = finding(diagnose(aContext(input)), id);
    expect(f.evidence.en).toContain(present);
    expect(f.evidence.en).not.toContain(absent);
  });
});

describe('a query is as recent as its earliest page read', () => {
  const page = (n: number, h: number, min: number, rows: number) =>
    aScope({ id: `p${n}`, at: chinaTime(2024, 5, h === 23 ? 20 : 21, h, min), pageNumber: n, total: 60, rows });
  it.each<[string, ContextInput, string, Verdict, string | null]>([
    ['pages read at 23:50 and 00:10', { scopes: [page(1, 23, 50, 50), page(2, 0, 10, 10)] }, 'not-yet-searched', 'cause', '2024-05-20 23:50'],
    ['pages read at 00:10 and 00:20', { scopes: [page(1, 0, 10, 50), page(2, 0, 20, 10)] }, 'missing', 'ok', null],
  ])('%s', (_name, input, status, verdict, evidence) => {
    const ctx = aContext(input);
    expect(ctx.result.status).toBe(status);
    const f = finding(diagnose(ctx), 'date-range');
    expect(f.verdict).toBe(verdict);
    if (evidence) expect(f.evidence.zh).toContain(evidence);
  });
});
