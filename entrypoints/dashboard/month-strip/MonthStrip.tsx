import { useId, useMemo, useState } from 'preact/hooks';
import type { ListRow } from '@/utils/status/types';
import { barHeights, monthStrip, type StripMeasure } from '@/utils/timeline/month-strip';
import { say, type UiLanguage } from '@/utils/ui-text';
import { MEASURE_NAMES, monthName, monthSummary, STRIP_TEXT, yuan } from './month-strip-text';
import './month-strip.css';

const MEASURES: readonly StripMeasure[] = ['count', 'amount'];

/**
 * Expected against visible invoices per month, as bars; each month is a button that narrows the list to it. Heights
 * follow the count or the amount, as the user picks; the numbers are written out either way.
 */
export function MonthStrip({ rows, lang, onPickMonth }: { rows: ListRow[]; lang: UiLanguage; onPickMonth: (from: string, to: string) => void }) {
  const id = useId();
  const [measure, setMeasure] = useState<StripMeasure>('count');
  const bars = useMemo(() => monthStrip(rows), [rows]);
  const heights = useMemo(() => barHeights(bars, measure), [bars, measure]);
  if (!bars.length) return null;
  return (
    <section class="month-strip" data-testid="month-strip" data-measure={measure} aria-labelledby={`${id}-title`}>
      <div class="strip-head">
        <h3 id={`${id}-title`}>{say(STRIP_TEXT.heading, lang)}</h3>
        <fieldset class="strip-measure">
          <legend>{say(STRIP_TEXT.measure, lang)}</legend>
          {MEASURES.map((m) => (
            <label key={m}>
              <input
                type="radio"
                name={`${id}-measure`}
                value={m}
                data-testid="month-strip-measure"
                checked={measure === m}
                onChange={() => setMeasure(m)}
              />
              {say(MEASURE_NAMES[m], lang)}
            </label>
          ))}
        </fieldset>
      </div>
      <p class="strip-legend" aria-hidden="true">
        <span class="swatch visible" />
        {say(STRIP_TEXT.visible, lang)}
        <span class="swatch expected" />
        {say(STRIP_TEXT.expected, lang)}
        <span>{say(STRIP_TEXT.figures, lang)}</span>
      </p>
      <p class="hint" id={`${id}-hint`}>{say(STRIP_TEXT.hint, lang)}</p>
      <ol class="strip-bars">
        {bars.map((bar, i) => {
          const h = heights[i]!;
          const summary = say(monthSummary(bar), lang);
          return (
            <li key={bar.month}>
              <button
                type="button"
                data-testid="month"
                data-month={bar.month}
                data-expected={bar.expected}
                data-visible={bar.visible}
                data-expected-amount={bar.expectedAmount}
                data-visible-amount={bar.visibleAmount}
                aria-label={summary}
                aria-describedby={`${id}-hint`}
                title={summary}
                style={{ '--expected': h.expected, '--visible': h.visible }}
                onClick={() => onPickMonth(bar.from, bar.to)}
              >
                <span class="bars" aria-hidden="true">
                  <span class="bar expected" />
                  <span class="bar visible" />
                </span>
                <span class="figures" aria-hidden="true">
                  {measure === 'count' ? (
                    `${bar.visible}/${bar.expected}`
                  ) : (
                    <>
                      <span>{yuan(bar.visibleAmount)}</span>
                      <span>{yuan(bar.expectedAmount)}</span>
                    </>
                  )}
                </span>
                <span class="month-name" aria-hidden="true">
                  {say(monthName(bar.month, i === 0 || bar.month.endsWith('-01')), lang)}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
