import { offsetOf } from '../context';
import { formatLocal, isoDay, localDay, localTime } from '../local-time';
import { ruledOutBySighting } from '../seen';
import { t } from '../text';
import type { DiagnosisContext, Finding } from '../types';

const TITLE = t('同步延迟', 'Sync delay');
/** 数电 paper invoices reach the platform one day later than e-invoices. */
const PAPER_TYPES: readonly string[] = ['85', '86'];
/** Past this many days a missing invoice is not late any more. */
const LATE_AFTER_DAYS = 3;
const RECHECK_HOUR = 8;

export function checkSyncDelay(ctx: DiagnosisContext): Finding {
  const seen = ruledOutBySighting(ctx, 'sync-delay', TITLE);
  if (seen) return seen;
  const off = offsetOf(ctx);
  const today = localDay(ctx.now, off);
  const issued = isoDay(ctx.expected.date);
  const age = today - issued;
  const paper = PAPER_TYPES.includes(ctx.expected.typeCode ?? '');
  const graceDays = paper ? 2 : 1;
  if (age <= graceDays) {
    // The issue time is not recorded, so "issue + 24 h" is unknowable; wait for the first 08:00 after the
    // platform's next-day sync, and never name a time already past.
    const syncedAt = localTime(issued + graceDays, RECHECK_HOUR, off);
    const nextMorning = localTime(ctx.now < localTime(today, RECHECK_HOUR, off) ? today : today + 1, RECHECK_HOUR, off);
    const at = Math.max(syncedAt, nextMorning);
    const when =
      age < 0
        ? t('晚于今天', 'is after today')
        : age === 0
          ? t('是今天', 'is today')
          : age === 1
            ? t('是昨天', 'was yesterday')
            : t(`是 ${age} 天前`, `was ${age} days ago`);
    const rule = paper
      ? t('数电纸质发票次日（T+1）才上传到平台', '数电 paper invoices reach the platform the next day (T+1)')
      : t('新开的发票通常次日才能查到', 'a new invoice can usually be found only from the next day');
    return {
      id: 'sync-delay',
      verdict: 'cause',
      title: t('发票可能还没同步到平台', 'The invoice may not have synced yet'),
      evidence: t(
        `开票日期 ${ctx.expected.date} ${when.zh}；${rule.zh}。`,
        `The issue date ${ctx.expected.date} ${when.en}; ${rule.en}.`,
      ),
      next: {
        text: t(`${formatLocal(at, off)} 后再查询。`, `Query again after ${formatLocal(at, off)}.`),
        action: { kind: 'recheck-at', at },
      },
    };
  }
  if (age <= LATE_AFTER_DAYS) {
    return {
      id: 'sync-delay',
      verdict: 'unknown',
      title: TITLE,
      evidence: t(
        `开票已 ${age} 天，通常 1 天内可查到，偶有更长延迟。`,
        `Issued ${age} days ago; usually visible within a day, occasionally later.`,
      ),
    };
  }
  return {
    id: 'sync-delay',
    verdict: 'ok',
    title: TITLE,
    evidence: t(`开票已 ${age} 天，早已过正常同步时间。`, `Issued ${age} days ago, well past the usual sync time.`),
  };
}
