import type { BilingualText } from '@/utils/ui-text';

const t = (zh: string, en: string): BilingualText => ({ zh, en });

/** The popup's summary, banner and group strings, Chinese first. */
export const POPUP_TEXT = {
  summary: (c: { expected: number; visible: number; problem: number; missing: number; notSearched: number }) =>
    t(
      `应收 ${c.expected} 张：已看到 ${c.visible}，有问题 ${c.problem}，未看到 ${c.missing}，待查询 ${c.notSearched}`,
      `${c.expected} expected: ${c.visible} visible, ${c.problem} with a problem, ${c.missing} not visible, ${c.notSearched} not searched`,
    ),
  openPortal: t('打开电子税务局', 'Open the e-tax portal'),
  whyMissing: t('为什么没看到？', 'Why is this missing?'),
  /** A visible invoice with a problem is not missing: the button says what it opens. */
  seeProblem: t('查看问题', 'See the problem'),
  checking: t('检查中…', 'Checking…'),
  groupQuery: (n: number, from: string, to: string, direction: string) =>
    t(`${n} 张发票：开票日期 ${from} 至 ${to}（${direction}），查一次`, `${n} invoices: one query, ${direction}, issue dates ${from} to ${to}`),
  groupQueryAnyDirection: (n: number, from: string, to: string) =>
    t(`${n} 张发票：开票日期 ${from} 至 ${to}，查一次`, `${n} invoices: one query, issue dates ${from} to ${to}`),
  groupRecheck: (n: number, at: string) => t(`${n} 张发票：${at} 后再查一次`, `${n} invoices: query again after ${at}`),
  more: (n: number, left: number) => t(`再显示 ${n} 张（还有 ${left} 张）`, `Show ${n} more (${left} left)`),
  seeBanner: t('受上方账号问题影响，先处理它', 'Held up by the account problem above; deal with that first'),
  fixed: (key: string, field: string, value: string) => t(`已将 ${key} 的${field}改为 ${value}`, `${key}: ${field} changed to ${value}`),
  undo: t('撤销', 'Undo'),
  close: t('关闭', 'Close'),
  fold: t('收起', 'Fold'),
  received: t('取得发票', 'received'),
  issued: t('开具发票', 'issued'),
};
