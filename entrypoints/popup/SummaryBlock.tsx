import { browser } from 'wxt/browser';
import type { PopupSummary } from '@/utils/report/popup-summary';
import { formatChinaTime, say, type UiLanguage } from '@/utils/ui-text';
import { POPUP_TEXT as T } from './popup-text';

function GroupLine({ group, lang }: { group: PopupSummary['groups'][number]; lang: UiLanguage }) {
  const a = group.action;
  const n = group.keys.length;
  const text =
    a.kind === 'widen-query'
      ? a.direction
        ? T.groupQuery(n, a.dateFrom ?? '…', a.dateTo ?? '…', say(a.direction === 'issued' ? T.issued : T.received, lang))
        : T.groupQueryAnyDirection(n, a.dateFrom ?? '…', a.dateTo ?? '…')
      : a.kind === 'recheck-at'
        ? T.groupRecheck(n, formatChinaTime(a.at))
        : null;
  if (!text) return null;
  return (
    <li data-testid="cause-group" data-check={group.check} data-count={n} title={group.keys.join('\n')}>
      <strong>{say(group.finding.title, lang)}</strong> {say(text, lang)}
    </li>
  );
}

/** The popup's first lines: counts, the one account-wide problem, and the invoices one action would fix. */
export function SummaryBlock({ summary, lang }: { summary: PopupSummary; lang: UiLanguage }) {
  const { account } = summary;
  const action = account?.next?.action;
  return (
    <>
      <p class="summary" data-testid="popup-summary" data-missing={summary.counts.missing} data-not-searched={summary.counts.notSearched}>
        {say(T.summary(summary.counts), lang)}
      </p>
      {account && (
        <div class="account-banner" role="alert" data-testid="account-banner" data-check={account.id}>
          <strong>{say(account.title, lang)}</strong>
          <p>{say(account.evidence, lang)}</p>
          {account.next && <p class="next">{say(account.next.text, lang)}</p>}
          {action?.kind === 'open-url' && (
            <button type="button" data-testid="account-banner-action" onClick={() => void browser.tabs.create({ url: action.url })}>
              {say(T.openPortal, lang)}
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
