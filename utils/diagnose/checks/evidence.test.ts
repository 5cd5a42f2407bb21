import { describe, expect, it } from 'vitest';
import { aScope, aSighting, anExpected, ME, OTHER_TAX_ID, T0 } from '../../reconcile/test-fixtures';
import { diagnose } from '../diagnose';
import { aContext, type ContextInput } from '../test-context';
import type { CheckId, Finding } from '../types';

function finding(id: CheckId, input: ContextInput): Finding {
  const f = diagnose(aContext(input)).find((x) => x.id === id);
  if (!f) throw new Error(`no finding ${id}`);
  return f;
}

const chinaTime = (y: number, m: number, d: number, h: number) => Date.UTC(y, m - 1, d, h - 8);

describe('evidence names the concrete numbers', () => {
  it.each<[CheckId, ContextInput, string]>([
    [
      'date-range',
      { expected: anExpected({ date: '2024-04-22' }) },
      '查询范围 2024-05-01 至 2024-05-31 不含开票日期 2024-04-22。',
    ],
    ['date-range', {}, '查询范围 2024-05-01 至 2024-05-31 包含开票日期 2024-05-20。'],
    [
      'date-range',
      {
        expected: anExpected({ date: '2024-04-22' }),
        scopes: [aScope({ id: 'small', pageSize: 10, rows: 10, total: 10 }), aScope({ id: 'large', pageSize: 100, rows: 10, total: 10 })],
      },
      '查询范围 2024-05-01 至 2024-05-31 不含开票日期 2024-04-22。',
    ],
    [
      'pages-unread',
      { scopes: [aScope({ total: 120, rows: 50 })] },
      '查询 取得发票 2024-05-01 至 2024-05-31 共 120 条，只读了 50 条（每页 50 条）。',
    ],
    ['amount-mismatch', { sightings: [aSighting({ total: '1103.00' })] }, '登记为 ¥1130.00，门户为 ¥1103.00。'],
    [
      'date-mismatch',
      { sightings: [aSighting({ date: '2024-05-02' })] },
      '登记为 2024-05-20，门户为 2024-05-02；按日期查询时会查错月份。',
    ],
    [
      'voided-or-red',
      { sightings: [aSighting({ statusCode: '04' })] },
      '门户显示 24112000000123456789 的状态为 已红冲-部分（04）。',
    ],
  ])('%s', (id, input, zh) => {
    expect(finding(id, input).evidence.zh).toBe(zh);
  });

  it.each<[CheckId, ContextInput, RegExp]>([
    [
      'typo',
      {
        expected: anExpected({ key: '24112000000123456798', number: '24112000000123456798' }),
        sightings: [aSighting()],
      },
      /第 19、20 位顺序颠倒；价税合计 ¥1130\.00 一致/,
    ],
    [
      'wrong-taxpayer',
      { expected: anExpected({ buyerTaxId: OTHER_TAX_ID }) },
      new RegExp(`${OTHER_TAX_ID}.*${ME}.*旧税号`),
    ],
    [
      'status-filter',
      { scopes: [aScope({ statusCodes: ['01'] })] },
      /只选了 正常（01），未含 已作废（02）、已红冲-全额（03）、已红冲-部分（04）/,
    ],
    ['type-filter', { scopes: [aScope({ typeCodes: ['81', '82'] })] }, /未含 数电纸质专票（85）、数电纸质普票（86）/],
    [
      'direction',
      { scopes: [aScope({ direction: 'issued' })] },
      /所查的都是「开具发票」（如 开具发票 2024-05-01 至 2024-05-31）；.*代开发票也在「取得发票」/,
    ],
    [
      'request-failed',
      { scopes: [aScope({ ok: false, error: '系统繁忙' })] },
      /2024-06-01 10:00 查询 取得发票 2024-05-01 至 2024-05-31 失败：系统繁忙/,
    ],
  ])('%s', (id, input, pattern) => {
    expect(finding(id, input).evidence.zh).toMatch(pattern);
  });
});

describe('next steps', () => {
  it.each<[CheckId, ContextInput, Finding['next']]>([
    [
      'typo',
      {
        expected: anExpected({ key: '24112000000123456780', number: '24112000000123456780' }),
        sightings: [aSighting()],
      },
      { text: expect.anything(), action: { kind: 'fix-field', field: 'number', value: '24112000000123456789' } },
    ],
    [
      'date-range',
      { expected: anExpected({ date: '2024-02-22' }) },
      {
        text: expect.anything(),
        action: { kind: 'widen-query', dateFrom: '2024-02-01', dateTo: '2024-02-29', direction: 'received' },
      },
    ],
    [
      'direction',
      { scopes: [aScope({ direction: 'issued' })] },
      {
        text: expect.anything(),
        action: { kind: 'widen-query', direction: 'received', dateFrom: '2024-05-01', dateTo: '2024-05-31' },
      },
    ],
    [
      'not-searched',
      { scopes: [] },
      {
        text: expect.anything(),
        action: { kind: 'open-url', url: 'https://dppt.beijing.chinatax.gov.cn:8443/invoice-query/invoice-query' },
      },
    ],
    [
      'not-searched',
      { scopes: [aScope({ ok: false, host: 'dppt.shanghai.chinatax.gov.cn' })] },
      {
        text: expect.anything(),
        action: { kind: 'open-url', url: 'https://dppt.shanghai.chinatax.gov.cn:8443/invoice-query/invoice-query' },
      },
    ],
    [
      'verify-national',
      {},
      {
        text: expect.objectContaining({
          zh: expect.stringContaining('发票号码 24112000000123456789，开票日期 2024-05-20，价税合计 1130.00'),
        }),
        action: { kind: 'open-url', url: 'https://inv-veri.chinatax.gov.cn/' },
      },
    ],
  ])('%s', (id, input, next) => {
    expect(finding(id, input).next).toEqual(next);
  });

  it.each<[string, string, string | undefined, number, number]>([
    ['issued today, checked 10:00', '2024-06-01', undefined, chinaTime(2024, 6, 1, 10), chinaTime(2024, 6, 2, 8)],
    ['issued yesterday, checked 07:00', '2024-05-31', undefined, chinaTime(2024, 6, 1, 7), chinaTime(2024, 6, 1, 8)],
    ['issued yesterday, checked 10:00', '2024-05-31', undefined, chinaTime(2024, 6, 1, 10), chinaTime(2024, 6, 2, 8)],
    [
      'issued today just after midnight China time (still the 1st in UTC-less terms)',
      '2024-06-02',
      undefined,
      chinaTime(2024, 6, 2, 0) + 60_000,
      chinaTime(2024, 6, 3, 8),
    ],
    ['数电 paper invoice issued today: T+1', '2024-06-01', '86', chinaTime(2024, 6, 1, 10), chinaTime(2024, 6, 3, 8)],
  ])('sync-delay recheck time: %s', (_name, date, typeCode, now, at) => {
    const f = finding('sync-delay', {
      expected: anExpected({ date, ...(typeCode ? { typeCode } : {}) }),
      scopes: [aScope({ dateTo: null })],
      now,
    });
    expect(f.verdict).toBe('cause');
    expect(f.next?.action).toEqual({ kind: 'recheck-at', at });
  });

  it('escalation text carries the invoice, the queries and every check tried', () => {
    const f = finding('escalate', { now: T0 });
    const action = f.next?.action;
    if (action?.kind !== 'copy-text') throw new Error('expected copy-text');
    expect(action.text.zh).toContain('【发给销售方】');
    expect(action.text.zh).toContain('发票号码：24112000000123456789；开票日期：2024-05-20；价税合计：¥1130.00');
    expect(action.text.zh).toContain('【向 12366 反映】');
    expect(action.text.zh).toContain('- 取得发票 2024-05-01 至 2024-05-31（共 3 条，读取 3 条）');
    expect(action.text.zh).toContain('查询范围 2024-05-01 至 2024-05-31 包含开票日期 2024-05-20');
    expect(action.text.en).toContain('[Report to 12366]');
  });
});
