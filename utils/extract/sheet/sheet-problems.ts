import type { Problem } from '../../invoice/model';
import { problem } from '../../invoice/problem';

const LISTED_ROWS = 10;

/** Row numbers for a message (`第 ${zh} 行`, `in ${en}`): the first few, and how many there are in all. */
function rowList(rows: readonly number[]): { zh: string; en: string } {
  const shown = rows.slice(0, LISTED_ROWS);
  const more = rows.length - shown.length;
  return {
    zh: shown.join('、') + (more > 0 ? ` 等 ${rows.length}` : ''),
    en: `${rows.length === 1 ? 'row' : 'rows'} ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
  };
}

/** Identifier columns Excel may have stored as numbers, and how many digits they hold when that loses some. */
export const ROUNDABLE = {
  number: { zh: '发票号码', en: 'invoice number', digits: 20 },
  code: { zh: '发票代码', en: 'invoice code', digits: null },
  checkCode: { zh: '校验码', en: 'check code', digits: 20 },
  sellerTaxId: { zh: '销售方税号', en: 'seller tax ID', digits: 18 },
  buyerTaxId: { zh: '购买方税号', en: 'buyer tax ID', digits: 18 },
} as const;
export type RoundableField = keyof typeof ROUNDABLE;

/** Rounded identifiers are never imported: a wrong number would be searched for and reported missing. */
export function roundedProblem(field: RoundableField, rows: readonly number[]): Problem {
  const { zh, en, digits } = ROUNDABLE[field];
  const list = rowList(rows);
  const [zhEffect, enEffect] = field === 'number' ? ['这些行未导入', 'these rows were not imported'] : ['该值已忽略', 'the value was left out'];
  const [zhLong, enLong] = digits === null ? ['长', 'long'] : [`${digits} 位`, `${digits}-digit`];
  return problem(
    'sheet-number-rounded',
    field,
    `第 ${list.zh} 行的${zh}：Excel 把这一列存成了数字，${zhLong}号码已被四舍五入（${zhEffect}）；请把该列设为文本后重新导出。`,
    `In ${list.en}, the ${en}: Excel stored this column as numbers, so the ${enLong} values were rounded (${enEffect}); format the column as text and export again.`,
  );
}

export function summaryRowsProblem(rows: readonly number[]): Problem {
  const list = rowList(rows);
  return problem('sheet-summary-skipped', 'sheet', `第 ${list.zh} 行是合计行，已跳过。`, `Skipped the totals in ${list.en}.`);
}

export function noNumberProblem(rows: readonly number[]): Problem {
  const list = rowList(rows);
  return problem(
    'sheet-rows-no-number',
    'number',
    `第 ${list.zh} 行没有可识别的发票号码，已跳过。`,
    `Skipped ${list.en}: no usable invoice number.`,
  );
}

export function leadingZerosProblem(rows: readonly number[]): Problem {
  const list = rowList(rows);
  return problem(
    'sheet-leading-zeros-restored',
    'code',
    `第 ${list.zh} 行的发票代码或号码缺少开头的 0（Excel 把它存成了数字），已补齐，请核对。`,
    `In ${list.en}, the invoice code or number had lost its leading zeros (Excel stored it as a number); they were restored, please check.`,
  );
}
