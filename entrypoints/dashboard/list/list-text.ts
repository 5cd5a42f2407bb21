import type { StatusFilter } from '@/utils/list/filters';
import type { SortColumn } from '@/utils/list/sort';
import { statusText, type BilingualText } from '@/utils/ui-text';

/** Every text of the dashboard's invoice list, Chinese first. */
export const LIST_TEXT = {
  title: { zh: '发票清单', en: 'Expected invoices' },
  notVisible: (n: number) => ({ zh: `未看到 ${n} 张`, en: `${n} not visible` }),
  count: (shown: number, total: number) =>
    shown === total ? { zh: `共 ${total} 张`, en: `${total} invoices` } : { zh: `显示 ${shown} / ${total} 张`, en: `${shown} of ${total} shown` },
  search: { zh: '搜索', en: 'Search' },
  searchPlaceholder: { zh: '号码、代码、销方、购方、金额、备注', en: 'Number, code, seller, buyer, amount, note' },
  show: { zh: '状态', en: 'Status' },
  dateFrom: { zh: '开票日期从', en: 'Date from' },
  dateTo: { zh: '至', en: 'to' },
  seller: { zh: '销方', en: 'Seller' },
  sellerPlaceholder: { zh: '名称或税号', en: 'Name or tax ID' },
  source: { zh: '来源', en: 'Source' },
  anySource: { zh: '全部来源', en: 'Any source' },
  clear: { zh: '清除筛选', en: 'Clear filters' },
  empty: { zh: '还没有发票。', en: 'No invoices yet.' },
  filteredEmpty: { zh: '没有符合筛选条件的发票。', en: 'No invoice matches the filter.' },
  keyboardHint: {
    zh: '上下方向键在发票间移动，回车打开详情。',
    en: 'Arrow keys move between invoices; Enter opens the details.',
  },
  sortHint: { zh: '点击排序；再次点击倒序，第三次恢复默认顺序', en: 'Click to sort; again to reverse; a third time for the default order' },
  actions: { zh: '操作', en: 'Actions' },
  openDetail: { zh: '详情', en: 'Details' },
  edit: { zh: '修改', en: 'Edit' },
  remove: { zh: '删除', en: 'Remove' },
  save: { zh: '保存', en: 'Save' },
  saving: { zh: '正在保存…', en: 'Saving…' },
  cancel: { zh: '取消', en: 'Cancel' },
  editing: (key: string) => ({ zh: `修改发票 ${key}`, en: `Editing invoice ${key}` }),
  removed: (key: string) => ({ zh: `已删除 ${key}`, en: `Removed ${key}` }),
  restored: (key: string) => ({ zh: `已恢复 ${key}`, en: `Restored ${key}` }),
  saved: (key: string) => ({ zh: `已保存 ${key}`, en: `Saved ${key}` }),
  unchanged: { zh: '没有修改。', en: 'Nothing changed.' },
  undone: (key: string) => ({ zh: `已撤销对 ${key} 的修改`, en: `Undid the change to ${key}` }),
  undo: { zh: '撤销', en: 'Undo' },
  dismiss: { zh: '关闭', en: 'Dismiss' },
} as const;

export const STATUS_FILTER_TEXT: Record<StatusFilter, BilingualText> = {
  all: { zh: '全部', en: 'All' },
  'not-visible': { zh: `${statusText('missing').zh}或${statusText('not-yet-searched').zh}`, en: `${statusText('missing').en} or not searched` },
  problem: statusText('visible-with-problem'),
  visible: statusText('visible'),
};

export const COLUMN_TEXT: Record<SortColumn, BilingualText> = {
  number: { zh: '发票号码', en: 'Number' },
  date: { zh: '开票日期', en: 'Date' },
  total: { zh: '价税合计', en: 'Total' },
  seller: { zh: '销方', en: 'Seller' },
  status: { zh: '状态', en: 'Status' },
  reason: { zh: '主要原因', en: 'Main reason' },
};

/** The labels of the edit-in-place inputs. */
export const EDIT_FIELD_TEXT = {
  number: { zh: '发票号码', en: 'Number' },
  code: { zh: '发票代码（旧版）', en: 'Code (legacy)' },
  date: { zh: '开票日期', en: 'Date' },
  total: { zh: '价税合计', en: 'Total' },
  sellerName: { zh: '销方名称', en: 'Seller name' },
  sellerTaxId: { zh: '销方税号', en: 'Seller tax ID' },
  note: { zh: '备注', en: 'Note' },
} as const;
