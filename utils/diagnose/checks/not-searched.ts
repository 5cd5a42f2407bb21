import { queryGroups } from '../../reconcile/query-groups';
import { formatLocal } from '../local-time';
import { offsetOf, queryPageUrl } from '../context';
import { scopeFacts } from '../scope-facts';
import { ruledOutBySighting } from '../seen';
import { t } from '../text';
import type { DiagnosisContext, Finding } from '../types';

const TITLE = t('是否查询过', 'Searched at all');

/** Searched = a successful query of a list that shows absence (queryGroups leaves the 勾选 list out). */
export function checkNotSearched(ctx: DiagnosisContext): Finding {
  const seen = ruledOutBySighting(ctx, 'not-searched', TITLE);
  if (seen) return seen;
  const open = { kind: 'open-url', url: queryPageUrl(ctx) } as const;
  const groups = queryGroups(ctx.scopes);
  if (groups.length) {
    const latest = groups.reduce((a, b) => (b.scope.at > a.scope.at ? b : a)).scope;
    const at = formatLocal(latest.at, offsetOf(ctx));
    return {
      id: 'not-searched',
      verdict: 'ok',
      title: TITLE,
      evidence: t(
        `已记录 ${groups.length} 个成功的查询，最近一次在 ${at}。`,
        `${groups.length} successful queries recorded, the latest at ${at}.`,
      ),
    };
  }
  const deduction = ctx.scopes.filter((s) => s.ok && s.call === 'deduction-list');
  if (deduction.length) {
    const at = formatLocal(deduction.reduce((max, s) => Math.max(max, s.at), -Infinity), offsetOf(ctx));
    return {
      id: 'not-searched',
      verdict: 'cause',
      title: t('只在「抵扣勾选」中查过', 'Only the deduction (勾选) list was searched'),
      evidence: t(
        `记录到的成功查询都来自抵扣勾选列表（最近一次 ${at}）；它只列出待勾选抵扣的发票、不含普票，在那里查不到不说明发票不存在。`,
        `Every successful query recorded was of the deduction (勾选) list (latest at ${at}); it lists only invoices awaiting deduction and never 普票, so not finding it there proves nothing.`,
      ),
      next: {
        text: t(
          '打开「全量发票查询」，按开票日期查询「取得发票」。',
          'Open 全量发票查询 and search 取得发票 by issue date.',
        ),
        action: open,
      },
    };
  }
  if (ctx.scopes.length === 0) {
    return {
      id: 'not-searched',
      verdict: 'cause',
      title: t('还没有在电子税务局查询过', 'Not searched on the portal yet'),
      evidence: t(
        '扩展还没有记录到任何一次全量发票查询。',
        'The extension has not recorded any 全量发票查询 query yet.',
      ),
      next: {
        text: t(
          '打开「全量发票查询」，按开票日期查询「取得发票」。',
          'Open 全量发票查询 and search 取得发票 by issue date.',
        ),
        action: open,
      },
    };
  }
  const last = scopeFacts(ctx.scopes).latest ?? ctx.scopes[0]!;
  const error = last.error ? `：${last.error}` : '';
  return {
    id: 'not-searched',
    verdict: 'cause',
    title: t('查询都没有成功', 'No query succeeded'),
    evidence: t(
      `记录到 ${ctx.scopes.length} 次查询，全部失败（最近一次 ${formatLocal(last.at, offsetOf(ctx))}${error}）。`,
      `${ctx.scopes.length} queries recorded, all failed (latest at ${formatLocal(last.at, offsetOf(ctx))}${last.error ? `: ${last.error}` : ''}).`,
    ),
    next: { text: t('重新打开「全量发票查询」再查一次。', 'Open 全量发票查询 and query again.'), action: open },
  };
}
