import { groupCouldCover } from '../../reconcile/coverage';
import { possibleTypeCodes } from '../../reconcile/invoice-types';
import { queryGroups } from '../../reconcile/query-groups';
import { chinaIsoDate } from '../../invoice/china-time';
import { offsetOf } from '../context';
import { formatLocal } from '../local-time';
import { ruledOutBySighting } from '../seen';
import { syncTiming } from '../sync-timing';
import { plural, t } from '../text';
import type { DiagnosisContext, Finding, Text } from '../types';

const TITLE = t('同步延迟', 'Sync delay');

/** When the latest query that could have listed the invoice (reconcile's coverage) was made, or null when none was. */
function lastCoveringQueryAt(ctx: DiagnosisContext, visibleAt: number): number | null {
  const types = possibleTypeCodes(ctx.expected);
  let last: number | null = null;
  for (const g of queryGroups(ctx.scopes)) {
    if ((last === null || g.firstAt > last) && groupCouldCover(g, ctx.expected, types, visibleAt)) last = g.firstAt;
  }
  return last;
}

function issuedWhen(age: number): Text {
  if (age === 0) return t('是今天', 'is today');
  return age === 1 ? t('是昨天', 'was yesterday') : t(`是 ${age} 天前`, `was ${age} days ago`);
}

/**
 * Waiting explains a missing invoice only until the moment the portal is expected to list it (00:00 China time the
 * day after issue, a day later for 数电 paper invoices — the moment reconcile's coverage uses); for LATE_DAYS after
 * that it may still be late, which is "unknown"; later it is ruled out. A future issue date is a record problem
 * (record-format says so), never a delay.
 */
export function checkSyncDelay(ctx: DiagnosisContext): Finding {
  const seen = ruledOutBySighting(ctx, 'sync-delay', TITLE);
  if (seen) return seen;
  const off = offsetOf(ctx);
  const date = ctx.expected.date;
  const timing = syncTiming(ctx);
  const visible = formatLocal(timing.visibleAt, off);
  if (timing.future) {
    return {
      id: 'sync-delay',
      verdict: 'unknown',
      title: TITLE,
      evidence: t(
        `开票日期 ${date} 晚于今天（${chinaIsoDate(ctx.now)}），不能用同步延迟解释；请先核对开票日期。`,
        `The issue date ${date} is after today (${chinaIsoDate(ctx.now)}), which a sync delay cannot explain; check the issue date first.`,
      ),
    };
  }
  const rule = timing.paper
    ? t(
        `数电纸质发票次日（T+1）才上传到电子税务局，通常 ${visible} 起可查`,
        `数电 paper invoices reach the portal the next day (T+1), so it is usually listed from ${visible}`,
      )
    : t(`新开的发票通常次日（${visible}）起可查`, `a new invoice is usually listed from the next day (${visible})`);
  if (timing.pending) {
    const at = timing.recheckAt;
    const when = issuedWhen(timing.age);
    return {
      id: 'sync-delay',
      verdict: 'cause',
      title: t('发票可能还没同步到电子税务局', 'The invoice may not have synced yet'),
      evidence: t(`开票日期 ${date} ${when.zh}；${rule.zh}。`, `The issue date ${date} ${when.en}; ${rule.en}.`),
      next: {
        text: t(`${formatLocal(at, off)} 后再查询。`, `Query again after ${formatLocal(at, off)}.`),
        action: { kind: 'recheck-at', at },
      },
    };
  }
  if (ctx.now < timing.settledAt) {
    const evidence = t(
      `开票日期 ${date}，${rule.zh}，已过 ${timing.age} 天；偶有更长延迟，若仍看不到请继续下面的检查。`,
      `Issued ${date}; ${rule.en}, and ${plural(timing.age, 'day')} ${timing.age === 1 ? 'has' : 'have'} passed. Delays are occasionally longer; if it still does not show, go on with the checks below.`,
    );
    const at = timing.recheckAt;
    const recheck = formatLocal(at, off);
    const lastCover = lastCoveringQueryAt(ctx, timing.visibleAt);
    // Listed "from midnight" is the earliest moment, not a promise: until the recheck time a query finding nothing
    // is no sign of trouble, so asking again then comes before any escalation.
    if (ctx.now < at || (lastCover !== null && lastCover < at)) {
      const why =
        ctx.now < at
          ? t(`现在还早于 ${recheck}，电子税务局可能尚未同步完`, `it is not yet ${recheck}; the portal may still be syncing`)
          : t(
              `最近一次覆盖它的查询在 ${formatLocal(lastCover!, off)}，早于 ${recheck}`,
              `the latest query covering it ran at ${formatLocal(lastCover!, off)}, before ${recheck}`,
            );
      return {
        id: 'sync-delay',
        verdict: 'unknown',
        title: TITLE,
        evidence: t(`${evidence.zh.slice(0, -1)}；${why.zh}。`, `${evidence.en} Also, ${why.en}.`),
        next: {
          text: t(`${recheck} 后再查询一次。`, `Query again after ${recheck}.`),
          action: { kind: 'recheck-at', at },
        },
      };
    }
    return { id: 'sync-delay', verdict: 'unknown', title: TITLE, evidence };
  }
  return {
    id: 'sync-delay',
    verdict: 'ok',
    title: TITLE,
    evidence: t(
      `开票已 ${timing.age} 天，早已过正常同步时间（${visible} 起可查）。`,
      `Issued ${plural(timing.age, 'day')} ago, well past the usual sync time (listed from ${visible}).`,
    ),
  };
}
