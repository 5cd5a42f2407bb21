// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readQueryForm } from './query-form';

const select = (value: string) =>
  `<div class="t-select__wrap"><div class="t-input"><input class="t-input__inner" placeholder="请选择" value="${value}" readonly></div></div>`;
const radios = (checked: string | null) =>
  `<div class="t-radio-group">${['开具发票', '取得发票']
    .map((t) => `<label class="t-radio${t === checked ? ' t-is-checked' : ''}"><span class="t-radio__label">${t}</span></label>`)
    .join('')}</div>`;
const item = (label: string, control: string, cls = '') =>
  `<div class="t-form__item ${cls}"><div class="t-form__label"><label>${label}</label></div><div class="t-form__controls">${control}</div></div>`;
const dates = (from: string, to: string) =>
  `<div class="t-range-input"><input class="t-input__inner" placeholder="开票日期起" value="${from}"><span>-</span><input class="t-input__inner" placeholder="开票日期止" value="${to}"></div>`;
const tags = (...texts: string[]) => `<div class="t-tag-input">${texts.map((t) => `<span class="t-tag">${t}</span>`).join('')}<input></div>`;
const pager = `<div class="t-pagination"><div class="t-pagination__select"><input value="20 条/页"></div><ul><li class="t-pagination__number t-is-current">3</li></ul></div>`;

function doc(body: string): Document {
  return new DOMParser().parseFromString(`<html><body><form class="t-form">${body}</form></body></html>`, 'text/html');
}

describe('readQueryForm', () => {
  it('reads the portal form and pager', () => {
    const d = doc(
      item('查询类型', select('取得发票'), 't-form-item__gjbq') +
        item('开票日期', dates('2024-02-01', '2024-02-29')) +
        item('发票状态', tags('正常', '已作废')) +
        item('发票票种', tags('数电发票（增值税专用发票）', '数电发票（普通发票）', '未知票种')) +
        pager,
    );
    expect(readQueryForm(d)).toEqual({
      direction: 'received',
      dateFrom: '2024-02-01',
      dateTo: '2024-02-29',
      statusCodes: ['01', '02'],
      typeCodes: ['81', '82'],
      pageNumber: 3,
      pageSize: 20,
      encrypted: false,
      narrowedBy: [],
      numberFilter: null,
    });
  });

  it.each([
    ['select by class', item('查询类型', select('开具发票'), 't-form-item__gjbq'), 'issued'],
    ['select found by its label', item('查询类型：', select('取得发票')), 'received'],
    ['checked radio', item('查询类型', radios('开具发票'), 't-form-item__gjbq'), 'issued'],
    ['radios, none checked', item('查询类型', radios(null), 't-form-item__gjbq'), null],
    ['nothing chosen', item('查询类型', select(''), 't-form-item__gjbq'), null],
    ['no such item', item('其他', select('开具发票')), null],
  ])('direction: %s', (_label, html, expected) => expect(readQueryForm(doc(html)).direction).toBe(expected));

  it('prefers what the user typed over the initial value attribute', () => {
    const d = doc(item('查询类型', select('开具发票'), 't-form-item__gjbq') + item('开票日期', dates('2024-01-01', '')));
    const [from, to] = d.querySelectorAll('input[placeholder^="开票日期"]') as NodeListOf<HTMLInputElement>;
    if (!from || !to) throw new Error('fixture');
    from.value = '2024年3月1日';
    to.value = '2024-03-31';
    (d.querySelector('.t-form-item__gjbq input') as HTMLInputElement).value = '取得发票';
    expect(readQueryForm(d)).toMatchObject({ direction: 'received', dateFrom: '2024-03-01', dateTo: '2024-03-31' });
  });

  it.each([
    ['collapsed multi-select ("+2") means the choice is unknown', tags('正常', '+2'), []],
    ['single select shows its text in the input', select('已红冲-全额'), ['03']],
    ['comma list in the input', select('正常、已作废'), ['01', '02']],
  ])('status: %s', (_label, control, expected) => expect(readQueryForm(doc(item('发票状态', control))).statusCodes).toEqual(expected));

  it.each([
    ['TDesign select', '<input value="50 条/页">', 50],
    ['native select', '<select class="t-pagination__size"><option>10 条/页</option><option selected>20 条/页</option></select>', 20],
    ['nothing chosen', '<input value="">', null],
  ])('page size from a %s', (_label, control, size) => {
    const d = doc(`<div class="t-pagination"><div class="t-pagination__select">${control}</div></div>`);
    expect(readQueryForm(d).pageSize).toBe(size);
  });

  it('knows nothing on a page without the form', () => {
    expect(readQueryForm(doc('<p>暂无数据</p>'))).toEqual({
      direction: null,
      dateFrom: null,
      dateTo: null,
      statusCodes: [],
      typeCodes: [],
      pageNumber: null,
      pageSize: null,
      encrypted: false,
      narrowedBy: [],
      numberFilter: null,
    });
  });
});
