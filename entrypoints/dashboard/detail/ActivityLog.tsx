import { chinaIsoDateTime } from '@/utils/invoice/china-time';
import type { TimelineEvent } from '@/utils/timeline/invoice-timeline';
import { formatChinaTime, say, type UiLanguage } from '@/utils/ui-text';
import { DETAIL_TEXT, eventText } from './detail-text';

/** `data-kind`: the history's own kind, `query` for a query that could have listed it, `seen`, or `verified`. */
function kindOf(e: TimelineEvent): string {
  if (e.type === 'activity') return e.activity.kind;
  if (e.type === 'verification') return 'verified';
  return e.type === 'sighting' ? 'seen' : 'query';
}

/** The invoice's history and its queries, oldest first, in China time. */
export function ActivityLog({ events, lang, headingId }: { events: TimelineEvent[]; lang: UiLanguage; headingId: string }) {
  if (!events.length) return <p class="empty" data-testid="activity-empty">{say(DETAIL_TEXT.activityEmpty, lang)}</p>;
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
          <span class="what">{say(eventText(e), lang)}</span>
        </li>
      ))}
    </ol>
  );
}
