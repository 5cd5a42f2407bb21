// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { QueryScope, Sighting } from '../invoice/model';
import { MAX_ROWS } from './limits';
import type { ParsedQuery } from './query-request';
import { readResultTable, type TableContext } from './result-table';
import { tableScope } from './table-scope';

const ctx: TableContext = { at: 1_708_300_000_000, page: '/invoice-query/invoice-query', host: 'dppt.beijing.chinatax.gov.cn', scopeId: 't-1' };

type Row = Record<string, string>;
const shudian: Row = {
  发票代码: '',
  发票号码: '',
  数电发票号码: '24112000000012345678',
  销方识别号: '91110108MA01ABCD2X',
  销方名称: '北京示例科技有限公司',
  购方识别号: '91110105MA02WXYZ3K',
  购买方名称: '北京买方有限公司',
  开票日期: '2024-02-19 10:17:57',
  金额: '¥1,000.00',
  税额: '60.00',
  价税合计: '1,060.00',
  发票票种: '数电发票（普通发票）',
  发票状态: '已红冲-部分',
  发票风险等级: '正常',
  序号: '1',
  操作: '查看',
};
const legacy: Row = {
  ...shudian,
  发票代码: '011002300111',
  发票号码: '12345678',
  数电发票号码: '',
  发票票种: '增值税电子普通发票',
  发票状态: '正常',
  发票风险等级: '疑点发票',
  序号: '2',
};

const cell = (tag: 'th' | 'td', text: string) =>
  tag === 'th'
    ? `<th class="t-table__th"><div class="t-table__th-cell-inner"><span title="${text}">${text}</span></div></th>`
    : `<td><div class="t-text-ellipsis">${text}</div></td>`;

function tdesignTable(columns: string[], rows: Row[], extraBody = ''): string {
  const head = `<tr><th class="t-table__cell-check"><label class="t-checkbox"></label></th>${columns.map((c) => cell('th', c)).join('')}</tr>`;
  const body = rows.map((r) => `<tr class="t-table__row"><td><label class="t-checkbox"></label></td>${columns.map((c) => cell('td', r[c] ?? '')).join('')}</tr>`).join('');
  return `<div class="t-table"><div class="t-table__content"><table><thead class="t-table__header">${head}</thead>
    <tbody class="t-table__body">${body}${extraBody}</tbody></table></div></div>`;
}

const pager = (total: number, current: number) => `<div class="t-pagination">
  <div class="t-pagination__total">共 ${total} 条</div>
  <div class="t-pagination__select"><div class="t-select"><input class="t-input__inner" value="10 条/页" readonly></div></div>
  <ul class="t-pagination__pager">${[1, 2, 3].map((n) => `<li class="t-pagination__number${n === current ? ' t-is-current' : ''}">${n}</li>`).join('')}</ul>
</div>`;

function page(inner: string): Document {
  return new DOMParser().parseFromString(`<html><body><div id="app"><section class="t-layout__content">${inner}</section></div></body></html>`, 'text/html');
}

const ORDER_A = ['序号', '发票代码', '发票号码', '数电发票号码', '销方识别号', '销方名称', '购方识别号', '购买方名称', '开票日期', '金额', '税额', '价税合计', '发票票种', '发票状态', '发票风险等级', '操作'];
const ORDER_B = ['操作', '价税合计', '发票风险等级', '开票日期', '发票状态', '购买方名称', '数电发票号码', '税额', '销方名称', '发票号码', '购方识别号', '发票票种', '序号', '金额', '销方识别号', '发票代码'];

const expected = [
  {
    key: '24112000000012345678',
    number: '24112000000012345678',
    date: '2024-02-19',
    total: '1060.00',
    amount: '1000.00',
    tax: '60.00',
    sellerTaxId: '91110108MA01ABCD2X',
    sellerName: '北京示例科技有限公司',
    buyerTaxId: '91110105MA02WXYZ3K',
    buyerName: '北京买方有限公司',
    typeCode: '82',
    statusCode: '04',
    riskCode: '01',
    scopeId: 't-1',
    seenAt: ctx.at,
    via: 'table',
  },
  {
    key: '011002300111-12345678',
    number: '12345678',
    code: '011002300111',
    date: '2024-02-19',
    total: '1060.00',
    amount: '1000.00',
    tax: '60.00',
    sellerTaxId: '91110108MA01ABCD2X',
    sellerName: '北京示例科技有限公司',
    buyerTaxId: '91110105MA02WXYZ3K',
    buyerName: '北京买方有限公司',
    typeCode: '10',
    statusCode: '01',
    riskCode: '03',
    scopeId: 't-1',
    seenAt: ctx.at,
    via: 'table',
  },
];

describe('readResultTable', () => {
  it.each([
    ['portal order', ORDER_A],
    ['shuffled order', ORDER_B],
  ])('maps columns by header text (%s)', (_label, columns) => {
    const summary = `<tr class="t-table__row"><td></td><td colspan="3">合计</td>${'<td>1</td>'.repeat(columns.length - 3)}</tr>`;
    const doc = page(`<div class="invoiceQuery__table">${tdesignTable(columns, [shudian, legacy], summary)}${pager(23, 2)}</div>`);
    const r = readResultTable(doc, ctx);
    expect(r.problems).toEqual([]);
    expect(r.sightings.map((s) => Sighting.parse(s))).toEqual(expected);
    expect(r).toMatchObject({ total: 23, pageNumber: 2, empty: false });
  });

  it('reads a 数电 paper row by both its numbers, counting it as one row', () => {
    const paper: Row = { ...shudian, 发票代码: '011002300111', 发票号码: '87654321', 发票票种: '纸质发票（普通发票）' };
    const r = readResultTable(page(`<div class="invoiceQuery__table">${tdesignTable(ORDER_A, [paper])}${pager(1, 1)}</div>`), ctx);
    expect(r.problems).toEqual([]);
    expect(r.sightings.map((s) => [s.key, s.typeCode])).toEqual([
      ['24112000000012345678', '86'],
      ['011002300111-87654321', '86'],
    ]);
    expect(r.rows).toBe(1);
  });

  it('reports 暂无数据 as empty', () => {
    const emptyRow = `<tr class="t-table__empty-row"><td colspan="17"><div class="t-table__empty">暂无数据</div></td></tr>`;
    const doc = page(`<div class="invoiceQuery__table">${tdesignTable(ORDER_A, [], emptyRow)}${pager(0, 1)}</div>`);
    expect(readResultTable(doc, ctx)).toEqual({ sightings: [], rows: 0, total: 0, pageNumber: 1, empty: true, problems: [] });
  });

  it('treats a bare 暂无数据 row without TDesign classes as empty', () => {
    const doc = page(tdesignTable(ORDER_A, [], '<tr><td colspan="17">暂无数据</td></tr>'));
    expect(readResultTable(doc, ctx)).toMatchObject({ sightings: [], empty: true, problems: [] });
  });

  it('falls back to a .t-table in the main area and ignores tables in dialogs', () => {
    const dialogTable = `<div class="t-dialog"><div class="t-table"><table><thead><tr><th>发票号码</th></tr></thead><tbody><tr><td>24112000000099999999</td></tr></tbody></table></div></div>`;
    const doc = page(`${dialogTable}${tdesignTable(ORDER_B, [shudian])}`);
    expect(readResultTable(doc, ctx).sightings.map((s) => s.key)).toEqual(['24112000000012345678']);
  });

  it('reads headers from a separate affixed header table', () => {
    const head = `<div class="t-table__affixed-header-elm"><table><thead><tr>${['发票号码', '价税合计'].map((c) => cell('th', c)).join('')}</tr></thead></table></div>`;
    const body = `<table><tbody><tr class="t-table__row">${cell('td', '24112000000012345678')}${cell('td', '5')}</tr></tbody></table>`;
    const doc = page(`<div class="invoiceQuery__table"><div class="t-table">${head}<div class="t-table__content">${body}</div></div></div>`);
    expect(readResultTable(doc, ctx).sightings).toEqual([expect.objectContaining({ key: '24112000000012345678', total: '5.00' })]);
  });

  it.each([
    ['no table at all', page('<p>加载中</p>'), 'table-not-found', false],
    [
      'a table still loading',
      page(`<div class="invoiceQuery__table"><div class="t-table"><div class="t-loading t-loading--full"></div><table><tbody></tbody></table></div></div>`),
      'table-loading',
      false,
    ],
    ['no number column', page(tdesignTable(['销方名称', '金额'], [shudian])), 'table-no-number-column', false],
  ])('%s', (_label, doc, code, empty) => {
    const r = readResultTable(doc, ctx);
    expect(r.sightings).toEqual([]);
    expect(r.empty).toBe(empty);
    expect(r.problems.map((p) => p.code)).toEqual([code]);
  });

  it('reads a table whose spinner is hidden', () => {
    const doc = page(`<div class="invoiceQuery__table"><div class="t-loading" style="display:none"></div>${tdesignTable(ORDER_A, [shudian])}</div>`);
    expect(readResultTable(doc, ctx).sightings).toHaveLength(1);
  });

  it('skips rows without a usable number and counts them', () => {
    const doc = page(tdesignTable(ORDER_A, [shudian, { ...shudian, 数电发票号码: '—' }, { ...legacy, 发票代码: '' }]));
    const r = readResultTable(doc, ctx);
    expect(r.sightings).toHaveLength(1);
    expect(r.problems).toEqual([expect.objectContaining({ code: 'table-rows-skipped', en: expect.stringMatching(/^2 rows/) })]);
  });

  it('leaves unknown status and type texts out', () => {
    const doc = page(tdesignTable(ORDER_A, [{ ...shudian, 发票状态: '已红冲', 发票票种: '电子发票' }]));
    const s = readResultTable(doc, ctx).sightings[0];
    expect(s).not.toHaveProperty('statusCode');
    expect(s).not.toHaveProperty('typeCode');
  });

  it(`reads at most ${MAX_ROWS} rows`, () => {
    const rows = Array.from({ length: MAX_ROWS + 1 }, (_, i) => `<tr><td>2411200000${String(i).padStart(10, '0')}</td></tr>`).join('');
    const doc = page(`<div class="t-table"><table><thead><tr><th>发票号码</th></tr></thead><tbody>${rows}</tbody></table></div>`);
    const r = readResultTable(doc, ctx);
    expect(r.sightings).toHaveLength(MAX_ROWS);
    expect(r.problems.map((p) => p.code)).toEqual(['table-rows-truncated']);
  });
});

describe('tableScope', () => {
  const form: ParsedQuery = { direction: 'received', dateFrom: '2024-02-01', dateTo: '2024-02-29', statusCodes: ['01'], typeCodes: [], pageNumber: 2, pageSize: 10, encrypted: false, narrowedBy: [], numberFilter: null };

  it.each([
    ['a read table', page(`<div class="invoiceQuery__table">${tdesignTable(ORDER_A, [shudian, legacy])}${pager(23, 2)}</div>`), { ok: true, rows: 2, total: 23, pageNumber: 2, pageSize: 10 }],
    ['an empty table without pager', page(tdesignTable(ORDER_A, [], '<tr class="t-table__empty-row"><td>暂无数据</td></tr>')), { ok: true, rows: 0, total: 0 }],
    ['no table', page(''), { ok: false, rows: 0, total: null, error: '页面上没有找到发票查询结果表格。' }],
  ])('%s', (_label, doc, expected) => {
    const scope = QueryScope.parse(tableScope(form, readResultTable(doc, ctx), ctx, '91110105MA02WXYZ3K'));
    expect(scope).toMatchObject({ ...expected, id: 't-1', direction: 'received', statusCodes: ['01'], taxpayerId: '91110105MA02WXYZ3K', encrypted: false });
  });
});
