import { queryPageUrl } from '../context';
import { pageCandidates } from '../relevant-groups';
import { ruledOutBySighting } from '../seen';
import { plural, describeScope, t } from '../text';
import type { DiagnosisContext, Finding } from '../types';

const TITLE = t('查询结果是否读完', 'All result pages read');

export function checkPagesUnread(ctx: DiagnosisContext): Finding {
  const seen = ruledOutBySighting(ctx, 'pages-unread', TITLE);
  if (seen) return seen;
  const groups = pageCandidates(ctx);
  if (groups.length === 0) {
    return {
      id: 'pages-unread',
      verdict: 'unknown',
      title: TITLE,
      evidence: t('没有覆盖这张发票的查询。', 'No query covered this invoice.'),
    };
  }
  const done = groups.find((g) => g.complete === true);
  if (done) {
    const q = describeScope(done.scope);
    return {
      id: 'pages-unread',
      verdict: 'ok',
      title: TITLE,
      evidence: t(`查询 ${q.zh} 共 ${done.total} 条，已全部读取。`, `Query ${q.en}: all ${plural(done.total ?? 0, 'row')} read.`),
    };
  }
  if (groups.some((g) => g.complete === null)) {
    return {
      id: 'pages-unread',
      verdict: 'unknown',
      title: TITLE,
      evidence: t('电子税务局没有报告查询结果的总条数。', 'The portal did not report the number of results.'),
    };
  }
  const best = groups.reduce((a, b) => (b.rowsRead / (b.total || 1) > a.rowsRead / (a.total || 1) ? b : a));
  const q = describeScope(best.scope);
  return {
    id: 'pages-unread',
    verdict: 'cause',
    title: t('查询结果没有读完', 'Result pages left unread'),
    evidence: t(
      `查询 ${q.zh} 共 ${best.total} 条，只读了 ${best.rowsRead} 条（每页 ${best.scope.pageSize} 条）。`,
      `Query ${q.en}: ${plural(best.total ?? 0, 'row')}, only ${best.rowsRead} read (${best.scope.pageSize} per page).`,
    ),
    next: {
      text: t(
        '翻完其余各页，或用「导出全部」导出后导入扩展。',
        'Page through the rest, or use 导出全部 and import the file.',
      ),
      action: { kind: 'open-url', url: queryPageUrl(ctx) },
    },
  };
}
