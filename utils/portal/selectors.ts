// Every CSS selector and on-page label the portal readers rely on. The portal is Vue + TDesign (`t-` classes); its own
// class names (`invoiceQuery__table`) change between releases, so each list goes from most to least specific.

/** Containers of the 全量发票查询 result table; the first match outside a dialog wins. */
export const RESULT_TABLE_CONTAINERS = [
  '.invoiceQuery__table',
  'main .t-table',
  '.t-layout__content .t-table',
  '.t-table',
] as const;
/** Parts a result table may sit in that are not the result table (pop-up pickers, detail dialogs). */
export const NOT_RESULT_AREA = '.t-dialog, .t-drawer, .t-popup, .t-select__dropdown';
export const TABLE_HEADER_ROWS = 'thead tr';
export const TABLE_BODY_ROWS = 'tbody tr';
/** TDesign's placeholder row when there is no data (its text is 暂无数据). */
export const TABLE_EMPTY_ROW = '.t-table__empty-row, .t-table__empty';

/** TDesign's spinner over a table whose rows are still the previous query's (or none yet). */
export const TABLE_LOADING = '.t-loading, .t-table__loading';

export const PAGER_TOTAL = '.t-pagination__total';
export const PAGER_CURRENT = '.t-pagination__number.t-is-current';
/** Page-size select, shows e.g. "10 条/页". */
export const PAGER_SIZE = '.t-pagination__select';

/** 查询类型 (开具发票 / 取得发票). */
export const FORM_DIRECTION = '.t-form-item__gjbq';
export const FORM_ITEM = '.t-form__item';
export const FORM_LABEL = '.t-form__label';
/** A chosen option: radio/checkbox state, or a tag inside a multi-select. */
export const FORM_CHOSEN = '.t-is-checked, .t-tag';
export const PLACEHOLDER_DATE_FROM = '开票日期起';
export const PLACEHOLDER_DATE_TO = '开票日期止';
export const LABEL_DIRECTION = '查询类型';
export const LABEL_STATUS = '发票状态';
export const LABEL_TYPE = '发票票种';
/** The form's submit button, by its text (spaces removed). */
export const QUERY_BUTTON = '查询';

/** Areas that show the logged-in taxpayer (name and tax ID) in the page header. */
export const TAXPAYER_HEADER = [
  '.t-head-menu',
  '.t-layout__header',
  'header',
  '.header',
  '.user-info',
  '.userInfo',
  '[class*="nsrxx"]',
] as const;

/** Where the portal tells the user something went wrong: toasts, dialogs, alerts, notifications, empty states. */
export const MESSAGE_AREAS = [
  '.t-message__content',
  '.t-message',
  '.t-dialog',
  '.t-alert',
  '.t-notification',
  '.t-empty',
  '.t-table__empty',
  '.t-result',
  '[role="alert"]',
  '[role="dialog"]',
  // Element-UI, which some provinces' pages and the login gateway use.
  '.el-message__content',
  '.el-message',
  '.el-message-box',
  '.el-notification',
] as const;
/** Holds the page's own content; scanned (bounded) for full-page notices such as maintenance. */
export const MAIN_AREAS = ['main', '.t-layout__content', '#app'] as const;
