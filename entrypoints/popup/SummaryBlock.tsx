import { browser } from 'wxt/browser';
import type { PopupSummary } from '@/utils/report/popup-summary';
import { DIRECTION_NAMES } from '@/utils/diagnose/labels';
import { translator, type Translate } from '@/utils/i18n/t';
import { formatChinaTime, say, type UiLanguage } from '@/utils/ui-text';

type Group = PopupSummary['groups'][number];

/** The one action that would settle a group, or null for an action the popup does not spell out. */
function groupText(group: Group, t: Translate, lang: UiLanguage): string | null {
  const a = group.action;
  const n = group.keys.length;
  if (a.kind === 'recheck-at') return t('popup.groupRecheck', { n, at: formatChinaTime(a.at) });
  if (a.kind !== 'widen-query') return null;
  const [from, to] = [a.dateFrom ?? '…', a.dateTo ?? '…'];
  return a.direction
    ? t('popup.groupQuery', { n, from, to, direction: say(DIRECTION_NAMES[a.direction], lang) })
    : t('popup.groupQueryAnyDirection', { n, from, to });
}

function GroupLine({ group, lang }: { group: Group; lang: UiLanguage }) {
  const text = groupText(group, translator(lang), lang);
  if (!text) return null;
  return (
    <li data-testid="cause-group" data-check={group.check} data-count={group.keys.length} title={group.keys.join('\n')}>
      <strong>{say(group.finding.title, lang)}</strong> {text}
    </li>
  );
}

/** The popup's first lines: counts, the one account-wide problem, and the invoices one action would fix. */
export function SummaryBlock({ summary, lang }: { summary: PopupSummary; lang: UiLanguage }) {
  const { account } = summary;
  const action = account?.next?.action;
  const t = translator(lang);
  return (
    <>
      <p class="summary" data-testid="popup-summary" data-missing={summary.counts.missing} data-not-searched={summary.counts.notSearched}>
        {t('popup.summary', summary.counts)}
      </p>
      {account && (
        <div class="account-banner" role="alert" data-testid="account-banner" data-check={account.id}>
          <strong>{say(account.title, lang)}</strong>
          <p>{say(account.evidence, lang)}</p>
          {account.next && <p class="next">{say(account.next.text, lang)}</p>}
          {action?.kind === 'open-url' && (
            <button type="button" data-testid="account-banner-action" onClick={() => void browser.tabs.create({ url: action.url })}>
              {t('popup.openPortal')}
            </button>
          )}
        </div>
      )}
      {summary.groups.length > 0 && (
        <ul class="cause-groups">
          {summary.groups.map((g) => (
            <GroupLine key={`${g.check}-${g.keys[0]}`} group={g} lang={lang} />
          ))}
        </ul>
      )}
    </>
  );
}
