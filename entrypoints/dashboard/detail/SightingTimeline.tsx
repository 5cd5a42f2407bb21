import { sightingMarks, type QuerySeen, type TimelineEvent } from '@/utils/timeline/invoice-timeline';
import { translator, type Translate } from '@/utils/i18n/t';
import { formatChinaTime, type UiLanguage } from '@/utils/ui-text';

const SEEN_ORDER: readonly QuerySeen[] = ['seen', 'not-seen', 'unknown'];

/** What the picture shows, for those who cannot see it. */
function timelineSummary(counts: Readonly<Record<QuerySeen, number>>, t: Translate): string {
  const n = counts.seen + counts['not-seen'] + counts.unknown;
  return t('detail.timelineSummary', {
    queries: t(n === 1 ? 'detail.queriesOne' : 'detail.queries', { n }),
    seen: counts.seen,
    notSeen: counts['not-seen'],
    unknown: counts.unknown ? t('detail.timelineUnknown', { n: counts.unknown }) : '',
  });
}

/**
 * The queries that could have listed the invoice as dots on a line of time: filled where the portal listed it,
 * hollow where it did not. One text says the same for screen readers; the activity log has every query in words.
 */
export function SightingTimeline({ events, lang }: { events: TimelineEvent[]; lang: UiLanguage }) {
  const t = translator(lang);
  const marks = sightingMarks(events);
  if (!marks.length)
    return (
      <p class="sighting-timeline empty" data-testid="sighting-timeline" data-marks="0">
        {t('detail.timelineEmpty')}
      </p>
    );
  const counts = { seen: 0, 'not-seen': 0, unknown: 0 };
  for (const m of marks) counts[m.seen]++;
  const first = marks[0]!.at;
  const last = marks[marks.length - 1]!.at;
  return (
    <figure class="sighting-timeline" data-testid="sighting-timeline" data-marks={marks.length}>
      <div class="track" role="img" aria-label={timelineSummary(counts, t)}>
        {marks.map((m, i) => (
          <span
            key={i}
            class={`mark ${m.seen}`}
            style={{ left: `${(m.x * 100).toFixed(2)}%` }}
            data-testid="sighting-mark"
            data-seen={m.seen}
            title={`${formatChinaTime(m.at)} ${t(`detail.seen.${m.seen}`)}`}
          />
        ))}
      </div>
      <figcaption>
        <span class="ends">
          <time>{formatChinaTime(first)}</time>
          {last !== first && <time>{formatChinaTime(last)}</time>}
        </span>
        <span class="legend" aria-hidden="true">
          {SEEN_ORDER.filter((s) => counts[s] > 0).map((s) => (
            <span key={s} class={`key ${s}`}>
              <span class={`mark ${s}`} />
              {t(`detail.seen.${s}`)} {counts[s]}
            </span>
          ))}
        </span>
      </figcaption>
    </figure>
  );
}
