import { describe, expect, it } from 'vitest';
import type { CheckId, Finding } from '../../diagnose/types';
import type { QueryScope } from '../../invoice/model';
import { aLegacy, anExpected, aScope, ME, NUMBER, SELLER, T0 } from '../../reconcile/test-fixtures';
import type { UiLanguage } from '../../ui-text';
import { buildProblemReport } from './problem-report';
import { escalationText, report12366Text, sellerText, TEXT_BUDGETS } from './report-texts';
import type { ReportInput } from './report-types';
import { textLength } from './text-budget';
import { aFinding, aReportInput, CN_NAME } from './test-input';

const MIN = 60_000;
const report = (over: Partial<ReportInput> = {}) => buildProblemReport(aReportInput({ invoice: anExpected({ sellerName: '示例销售有限公司' }), ...over }));
const FINDINGS: Finding[] = [
  aFinding('typo', 'cause', '号码输错', '电子税务局上有只差一位的号码'),
  aFinding('voided-or-red', 'unknown', '发票状态', '看不到它的状态'),
  aFinding('date-range', 'ok', '查询日期范围'),
  aFinding('verify-national', 'unknown', '全国查验', '还没有查验结果'),
];

/** Distinct queries that all cover 2024-05-20, made after it could be listed. */
function queries(n: number): QueryScope[] {
  return Array.from({ length: n }, (_, i) =>
    aScope({ id: `q${i}`, at: T0 + i * MIN, dateFrom: `2024-05-${String(1 + (i % 19)).padStart(2, '0')}`, pageSize: 10 + i, total: 12_345, rows: 10 }),
  );
}

const CHECK_IDS: CheckId[] = ['typo', 'date-range', 'direction', 'status-filter', 'type-filter', 'pages-unread', 'sync-delay', 'wrong-taxpayer', 'voided-or-red', 'amount-mismatch'];
const LONG = '很长的名称'.repeat(40);

/** 30 queries, 20 findings with long evidence, 200-character names, a long 查验 message: what must still fit a chat. */
function worstCase(status: ReportInput['status']): ReportInput {
  return aReportInput({
    invoice: aLegacy('011002400111', '12345678', { amount: '99999999.99', tax: '99999999.99', total: '199999999.98', sellerName: LONG, buyerName: LONG, typeCode: '04' }),
    status,
    scopes: queries(30),
    findings: Array.from({ length: 20 }, (_, i) =>
      aFinding(CHECK_IDS[i % CHECK_IDS.length] ?? 'typo', i < 8 ? 'cause' : i < 14 ? 'unknown' : 'ok', `检查${i}${'长'.repeat(30)}`, '证据'.repeat(150)),
    ),
    verification: { key: '011002400111-12345678', outcome: 'other', message: '提示'.repeat(150), at: T0 },
    taxpayer: { taxId: ME, name: LONG, at: T0 },
  });
}

describe('seller text', () => {
  it('says what we cannot find, the facts and what to confirm', () => {
    const text = sellerText(report(), 'zh');
    for (const part of [
      `我单位（${CN_NAME}，税号 ${ME}）在电子税务局「全量发票查询」中查不到贵司开具的以下发票：`,
      `发票号码：${NUMBER}；开票日期：2024-05-20；价税合计：¥1130.00。`,
      `销售方：示例销售有限公司 ${SELLER}。`,
      '1. 发票是否已开具成功并已交付',
      `（应为 ${CN_NAME}，税号 ${ME}）`,
      '4. 是否已作废或红冲',
    ])
      expect(text).toContain(part);
  });

  it('keeps our queries and checks to ourselves', () => {
    const text = sellerText(report({ findings: FINDINGS, scopes: queries(3) }), 'zh');
    for (const internal of ['已做的查询', '查询于', '2024-05-01 至 2024-05-31', '已排查', '号码输错']) expect(text).not.toContain(internal);
  });

  it('names what is wrong with an invoice the portal shows', () => {
    const text = sellerText(report({ status: 'visible-with-problem', findings: [aFinding('voided-or-red', 'cause', '发票已作废')] }), 'zh');
    expect(text).toContain('在电子税务局「全量发票查询」中显示有问题「题发票已作废」：');
    expect(text).not.toContain('查不到');
  });

  it('gives a legacy invoice its code and the amounts', () => {
    const text = sellerText(report({ invoice: aLegacy('011002400111', '12345678', { amount: '1000.00', tax: '130.00' }) }), 'en');
    expect(text).toContain('Invoice: code 011002400111; number 12345678; date 2024-05-20; total ¥1130.00; amount excl. tax ¥1000.00; tax ¥130.00.');
  });
});

describe('12366 text', () => {
  it('carries the taxpayer, the invoice, the seller, the queries, the 查验, the checks and the request', () => {
    const text = report12366Text(report({ findings: FINDINGS, verification: { key: NUMBER, outcome: 'match', at: T0 } }), 'zh');
    expect(text.split('\n')).toEqual([
      `纳税人：${CN_NAME} ${ME}`,
      '问题：这张发票在电子税务局「全量发票查询」中查不到。',
      `发票号码：${NUMBER}；开票日期：2024-05-20；价税合计：¥1130.00。`,
      `销售方：示例销售有限公司 ${SELLER}`,
      '已做的查询（北京时间，最近的在前）：',
      '- 取得发票 2024-05-01 至 2024-05-31（共 3 条，读取 3 条），查询于 2024-06-01 10:00',
      '查验：一致，2024-06-01 10:00 查验',
      '已排查：',
      '- 【原因】题号码输错：证电子税务局上有只差一位的号码',
      '- 【待确认】题发票状态：证看不到它的状态',
      '- 已排除 1 项：题查询日期范围',
      '请求：请协助核实该发票是否已开具成功、是否已归集到本单位；如需销售方或我方处理，请告知办理方式。谢谢！',
    ]);
  });

  it.each<[string, Partial<ReportInput>, string]>([
    ['no query', { scopes: [] }, '已做的查询（北京时间，最近的在前）：\n- （无）\n'],
    ['not verified', {}, '查验：尚未查验（https://inv-veri.chinatax.gov.cn/）'],
    ['no taxpayer known', { taxpayer: null, scopes: [] }, '纳税人：（本单位）'],
    ['more queries than listed', { scopes: queries(7) }, '查询于 2024-06-01 10:02\n- 另有 2 项见报告\n'],
  ])('%s', (_name, over, part) => {
    expect(report12366Text(report(over), 'zh')).toContain(part);
  });

  it('asks about the state of an invoice the portal shows with a problem', () => {
    const text = report12366Text(report({ status: 'visible-with-problem', findings: [aFinding('voided-or-red', 'cause', '发票已作废')] }), 'zh');
    expect(text).toContain('问题：这张发票在电子税务局「全量发票查询」中显示有问题「题发票已作废」。');
    expect(text).toContain('请求：请协助核实该发票的状态，并告知处理方式。谢谢！');
  });

  it('cuts a long finding in Chinese, and in English only at twice the length', () => {
    const r = report({ findings: [aFinding('typo', 'cause', 'Typo', 'x'.repeat(150))] });
    expect(report12366Text(r, 'zh')).toMatch(/^- 【原因】题Typo：证x+…$/m);
    expect(report12366Text(r, 'en')).toContain(`- [Cause] Typo: ${'x'.repeat(150)}\n`);
  });

  it('lists the latest queries first', () => {
    const lines = report12366Text(report({ scopes: queries(2) }), 'en').split('\n').filter((l) => l.includes('queried'));
    expect(lines).toEqual([
      '- received 2024-05-02 to 2024-05-31 (12345 rows, 10 read), queried 2024-06-01 10:01',
      '- received 2024-05-01 to 2024-05-31 (12345 rows, 10 read), queried 2024-06-01 10:00',
    ]);
  });
});

describe('both texts fit a chat', () => {
  it.each<[string, (r: ReturnType<typeof report>, lang: UiLanguage) => string, 'seller' | 'report12366', UiLanguage, ReportInput['status']]>([
    ['seller', sellerText, 'seller', 'zh', 'missing'],
    ['seller', sellerText, 'seller', 'en', 'visible-with-problem'],
    ['12366', report12366Text, 'report12366', 'zh', 'missing'],
    ['12366', report12366Text, 'report12366', 'en', 'missing'],
    ['12366', report12366Text, 'report12366', 'zh', 'visible-with-problem'],
  ])('%s text, %s, %s, worst case', (_name, build, budget, lang, status) => {
    const text = build(buildProblemReport(worstCase(status)), lang);
    expect(textLength(text)).toBeLessThanOrEqual(TEXT_BUDGETS[budget][lang]);
    // Cut by the budget, never by the last-resort clip: the request closes the text.
    expect(text.endsWith(lang === 'zh' ? '谢谢！' : 'Thank you.')).toBe(true);
  });

  it('the 12366 worst case still lists queries and checks, and says how many more the report holds', () => {
    const text = report12366Text(buildProblemReport(worstCase('missing')), 'zh');
    expect(text.match(/^- 另有 \d+ 项见报告$/gm)).toHaveLength(2);
    expect(text).toMatch(/查询于 2024-06-01 10:29/);
    expect(text).toContain('- 【原因】题检查0');
  });
});

describe('escalation text', () => {
  it('labels the two texts, seller first', () => {
    const r = report();
    const { zh, en } = escalationText(r);
    expect(zh).toBe(`【发给销售方】\n${sellerText(r, 'zh')}\n\n【向 12366 反映】\n${report12366Text(r, 'zh')}`);
    expect(en.startsWith('[To the seller]\n')).toBe(true);
    expect(en).toContain('\n\n[Report to 12366]\n');
  });
});
