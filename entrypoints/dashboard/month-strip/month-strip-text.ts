import { t } from '@/utils/diagnose/text';
import type { Text } from '@/utils/diagnose/types';
import { groupThousands, type MonthBar, type StripMeasure } from '@/utils/timeline/month-strip';

export const STRIP_TEXT = {
  heading: t('每月应收与已看到', 'Expected and visible, by month'),
  hint: t('点一个月份，清单只显示那个月开具的发票。', 'Pick a month to list only the invoices issued in it.'),
  measure: t('柱高表示', 'Bars show'),
  visible: t('已在税务局看到', 'visible on the portal'),
  expected: t('应收', 'expected'),
  figures: t('数字为“已看到 / 应收”', 'figures read "visible / expected"'),
} as const;

export const MEASURE_NAMES: Readonly<Record<StripMeasure, Text>> = {
  count: t('张数', 'count'),
  amount: t('金额', 'amount'),
};

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `5月`, or `2024年1月` where the year needs saying (the first bar, each January). */
export function monthName(month: string, withYear: boolean): Text {
  const year = month.slice(0, 4);
  const m = Number(month.slice(5, 7));
  const en = EN_MONTHS[m - 1] ?? month;
  return withYear ? t(`${year}年${m}月`, `${en} ${year}`) : t(`${m}月`, en);
}

export function yuan(amount: string): string {
  return `¥${groupThousands(amount)}`;
}

/** Everything one bar shows, in words: its accessible name and its tooltip. */
export function monthSummary(bar: MonthBar): Text {
  const name = monthName(bar.month, true);
  return t(
    `${name.zh}：应收 ${bar.expected} 张，${yuan(bar.expectedAmount)}；已在税务局看到 ${bar.visible} 张，${yuan(bar.visibleAmount)}`,
    `${name.en}: ${bar.expected} expected, ${yuan(bar.expectedAmount)}; ${bar.visible} visible on the portal, ${yuan(bar.visibleAmount)}`,
  );
}
