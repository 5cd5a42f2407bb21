import { describeScope } from '@/utils/diagnose/text';
import { activityText } from '@/utils/export/report/report-steps';
import { outcomeText } from '@/utils/export/report/report-verification';
import { chinaIsoDateTime } from '@/utils/invoice/china-time';
import type { QueryScope } from '@/utils/invoice/model';
import { translator, type Translate } from '@/utils/i18n/t';
import type { TimelineEvent } from '@/utils/timeline/invoice-timeline';
import { formatChinaTime, say, type UiLanguage } from '@/utils/ui-text';

/** `data-kind`: the history's own kind, `query` for a query that could have listed it, `seen`, or `verified`. */
function kindOf(e: TimelineEvent): string {
  if (e.type === 'activity') return e.activity.kind;
  if (e.type === 'verification') return 'verified';
  return e.type === 'sighting' ? 'seen' : 'query';
}

/** The 勾选 list and imported export files are named; a query of the invoice list is told by its conditions. */
function sourceOf(scope: QueryScope | null, t: Translate, lang: UiLanguage): string {
  if (!scope) return t('detail.sourcePortal');
  if (scope.call === 'deduction-list') return t('detail.sourceDeduction');
  const what = say(describeScope(scope), lang);
  return scope.call === 'export' ? t('detail.sourceExport', { what }) : what;
}

/** One line of the log; the history's entries in the report's own words. */
function eventText(e: TimelineEvent, t: Translate, lang: UiLanguage): string {
  switch (e.type) {
    case 'activity':
      return say(activityText(e.activity), lang);
    case 'verification':
      return t('detail.verified', { outcome: say(outcomeText(e.verification), lang) });
    case 'sighting':
      return t('detail.sighting', { where: sourceOf(e.scope, t, lang) });
    case 'query':
      return t('detail.query', { what: sourceOf(e.scope, t, lang), seen: t(`detail.seen.${e.seen}`) });
  }
}

/** The invoice's history and its queries, oldest first, in China time. */
export function ActivityLog({ events, lang, headingId }: { events: TimelineEvent[]; lang: UiLanguage; headingId: string }) {
  const t = translator(lang);
  if (!events.length) return <p class="empty" data-testid="activity-empty">{t('detail.activityEmpty')}</p>;
  return (
    <ol class="activity-log" data-testid="activity" aria-labelledby={headingId}>
      {events.map((e, i) => (
        <li
          key={i}
          class={`activity-item kind-${kindOf(e)}${e.type === 'query' ? ` ${e.seen}` : ''}`}
          data-testid="activity-item"
          data-kind={kindOf(e)}
          data-seen={e.type === 'query' ? e.seen : e.type === 'sighting' ? 'seen' : undefined}
        >
          <time dateTime={chinaIsoDateTime(e.at)}>{formatChinaTime(e.at)}</time>
          <span class="what">{eventText(e, t, lang)}</span>
        </li>
      ))}
    </ol>
  );
}
