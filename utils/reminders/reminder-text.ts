import { both, inBoth, type Translate } from '../i18n/t';
import { formatChinaTime, type BilingualText } from '../ui-text';

/** How many invoice keys a notification names before it gives the count: a notification shows a few lines only. */
const KEYS_SHOWN = 3;

function keyList(t: Translate, keys: readonly string[]): string {
  const shown = keys.slice(0, KEYS_SHOWN).join(t('common.listSeparator'));
  return keys.length > KEYS_SHOWN ? t('reminder.someKeys', { keys: shown, count: keys.length }) : shown;
}

/** The notifications' texts in both languages: the background picks one when it shows them. */
export const REMINDER_TEXT = {
  recheckTitle: (count: number): BilingualText =>
    count === 1 ? both('reminder.recheckTitleOne') : both('reminder.recheckTitleMany', { count }),
  recheckBody: (keys: readonly string[], at: number): BilingualText =>
    inBoth((t) => t('reminder.recheckBody', { keys: keyList(t, keys), at: formatChinaTime(at) })),
  ticketTitle: (ticket: string): BilingualText => both('reminder.ticketTitle', { ticket }),
  ticketBody: (key: string, date: string): BilingualText => both('reminder.ticketBody', { key, date }),
};
