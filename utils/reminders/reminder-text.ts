import { formatChinaTime, type BilingualText } from '../ui-text';

const t = (zh: string, en: string): BilingualText => ({ zh, en });

/** How many invoice keys a notification names before it says "and N more": a notification shows a few lines only. */
const KEYS_SHOWN = 3;

function keyList(keys: readonly string[]): BilingualText {
  const shown = keys.slice(0, KEYS_SHOWN);
  const rest = keys.length - shown.length;
  return rest > 0
    ? t(`${shown.join('、')} 等 ${keys.length} 张`, `${shown.join(', ')} and ${rest} more`)
    : t(shown.join('、'), shown.join(', '));
}

/** The notifications' texts, Chinese first. */
export const REMINDER_TEXT = {
  recheckTitle: (count: number) =>
    count === 1 ? t('该重新查询了', 'Time to query again') : t(`${count} 张发票该重新查询了`, `${count} invoices to query again`),
  recheckBody: (keys: readonly string[], at: number) => {
    const list = keyList(keys);
    const when = formatChinaTime(at);
    return t(
      `${list.zh} 自 ${when} 起应已同步到平台，请在全量发票查询中再查一次。`,
      `${list.en} should be on the portal from ${when} (China time): run 全量发票查询 again.`,
    );
  },
  ticketTitle: (ticket: string) => t(`跟进 12366 工单 ${ticket}`, `Follow up 12366 ticket ${ticket}`),
  ticketBody: (key: string, date: string) =>
    t(`发票 ${key} 的跟进日期是 ${date}，请询问工单的处理进展。`, `${date} is the follow-up date you set for invoice ${key}: ask how the ticket is going.`),
};
