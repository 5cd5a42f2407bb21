import { useId, useMemo, useState } from 'preact/hooks';
import type { ListRow } from '@/utils/status/types';
import { translator, type MessageKey, type Translate } from '@/utils/i18n/t';
import { barHeights, groupThousands, monthStrip, type MonthBar, type StripMeasure } from '@/utils/timeline/month-strip';
import type { UiLanguage } from '@/utils/ui-text';
import './month-strip.css';

const MEASURES = [
  { measure: 'count', label: 'month.byCount' },
  { measure: 'amount', label: 'month.byAmount' },
] as const satisfies ReadonlyArray<{ measure: StripMeasure; label: MessageKey }>;

const MONTH_NAMES = [
  'month.name.1',
  'month.name.2',
  'month.name.3',
  'month.name.4',
  'month.name.5',
  'month.name.6',
  'month.name.7',
  'month.name.8',
  'month.name.9',
  'month.name.10',
  'month.name.11',
  'month.name.12',
] as const satisfies readonly MessageKey[];

/** `5月`, or `2024年1月` where the year needs saying (the first bar, each January). */
function monthName(month: string, withYear: boolean, t: Translate): string {
  const key = MONTH_NAMES[Number(month.slice(5, 7)) - 1];
  const name = key ? t(key) : month;
  return withYear ? t('month.withYear', { year: month.slice(0, 4), month: name }) : name;
}

function yuan(amount: string): string {
  return `¥${groupThousands(amount)}`;
}

/** Everything one bar shows, in words: its accessible name and its tooltip. */
function monthSummary(bar: MonthBar, t: Translate): string {
  return t('month.summary', {
    month: monthName(bar.month, true, t),
    expected: bar.expected,
    expectedAmount: yuan(bar.expectedAmount),
    visible: bar.visible,
    visibleAmount: yuan(bar.visibleAmount),
  });
}

/**
 * Expected against visible invoices per month, as bars; each month is a button that narrows the list to it. Heights
 * follow the count or the amount, as the user picks; the numbers are written out either way.
 */
export function MonthStrip({ rows, lang, onPickMonth }: { rows: ListRow[]; lang: UiLanguage; onPickMonth: (from: string, to: string) => void }) {
  const id = useId();
  const t = translator(lang);
  const [measure, setMeasure] = useState<StripMeasure>('count');
  const bars = useMemo(() => monthStrip(rows), [rows]);
  const heights = useMemo(() => barHeights(bars, measure), [bars, measure]);
  if (!bars.length) return null;
  return (
    <section class="month-strip" data-testid="month-strip" data-measure={measure} aria-labelledby={`${id}-title`}>
      <div class="strip-head">
        <h3 id={`${id}-title`}>{t('month.heading')}</h3>
        <fieldset class="strip-measure">
          <legend>{t('month.measure')}</legend>
          {MEASURES.map(({ measure: m, label }) => (
            <label key={m}>
              <input
                type="radio"
                name={`${id}-measure`}
                value={m}
                data-testid="month-strip-measure"
                checked={measure === m}
                onChange={() => setMeasure(m)}
              />
              {t(label)}
            </label>
          ))}
        </fieldset>
      </div>
      <p class="strip-legend" aria-hidden="true">
        <span class="swatch visible" />
        {t('month.visible')}
        <span class="swatch expected" />
        {t('month.expected')}
        <span>{t('month.figures')}</span>
      </p>
      <p class="hint" id={`${id}-hint`}>{t('month.hint')}</p>
      <ol class="strip-bars">
        {bars.map((bar, i) => {
          const h = heights[i]!;
          const summary = monthSummary(bar, t);
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
                  {monthName(bar.month, i === 0 || bar.month.endsWith('-01'), t)}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
