import type { BilingualText } from '@/utils/ui-text';

const t = (zh: string, en: string): BilingualText => ({ zh, en });

/** Every string the overlay on the portal page shows, Chinese first. */
export const OVERLAY_TEXT = {
  notInResult: (n: number) => t(`${n} 张应收发票不在这次查询结果中`, `${n} expected invoices are not in this result`),
  allIn: t('应收发票都在这次查询结果中', 'Every expected invoice is in this result'),
  explain: t('查看原因', 'Why'),
  hide: t('收起', 'Hide'),
  unread: (total: number, read: number) =>
    t(`这次查询共 ${total} 条，只读取了 ${read} 条：请翻完所有页，或把每页条数调到最大。`, `The query has ${total} rows and ${read} were read: go through every page, or show the most rows per page.`),
  expected: t('应收发票', 'Expected invoice'),
  noReason: t('原因待查：请在扩展弹窗中点「为什么没看到？」', 'No cause yet: ask "Why is this missing?" in the extension popup'),
  brand: t('发票守望', 'fapiao-watch'),
};
