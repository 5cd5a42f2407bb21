import { fieldLabel } from '@/utils/diagnose/labels';
import { translator } from '@/utils/i18n/t';
import { say, type UiLanguage } from '@/utils/ui-text';
import type { PreviewRow, PreviewSummary } from './record-protocol';

interface Props {
  lang: UiLanguage;
  preview: PreviewSummary;
  takeIncoming: ReadonlySet<string>;
  onToggle: (key: string, take: boolean) => void;
}

function Differences({ row, lang }: { row: PreviewRow; lang: UiLanguage }) {
  return (
    <ul class="differences">
      {row.differences.map((d) => (
        <li key={d.field} data-field={d.field}>
          {translator(lang)('record.difference', { field: say(fieldLabel(d.field), lang) })}
          <del>{d.stored ?? '—'}</del> → <ins>{d.incoming ?? '—'}</ins>
        </li>
      ))}
    </ul>
  );
}

/** What a record or backup would change, before anything is written: the same view for both. */
export function MergePreview({ lang, preview, takeIncoming, onToggle }: Props) {
  const t = translator(lang);
  const { counts } = preview;
  const more = (shown: number, all: number) => (all > shown ? <li class="more">{t('record.moreRows', { n: all - shown })}</li> : null);
  const summary = t('record.previewSummary', {
    counts: t('record.previewCounts', { ...counts, unchanged: preview.unchanged }),
    evidence: t('record.previewEvidence', preview.evidence),
    exported: t('record.previewExported', { at: preview.exportedAt }),
  });
  return (
    <div class="merge-preview" data-testid="merge-preview" data-empty={preview.empty}>
      <h4>{t('record.previewTitle', { source: preview.source })}</h4>
      <p data-testid="merge-counts" data-added={counts.added} data-updated={counts.updated} data-conflicts={counts.conflicts} data-unchanged={preview.unchanged}>
        {summary}
      </p>
      {preview.empty && <p class="status ok">{t('record.previewEmpty')}</p>}
      {preview.evidence.filesWithoutBytes > 0 && <p class="hint">{t('record.filesWithoutBytes', { n: preview.evidence.filesWithoutBytes })}</p>}
      <ul class="merge-rows">
        {preview.conflicts.map((row) => (
          <li key={row.key} data-testid="merge-row" data-change="conflict" data-key={row.key}>
            <span class="pill missing">{t('record.changeConflict')}</span> <span class="key">{row.key}</span>
            <Differences row={row} lang={lang} />
            <label class="check">
              <input
                type="checkbox"
                data-testid="merge-take-incoming"
                data-key={row.key}
                checked={takeIncoming.has(row.key)}
                onChange={(e) => onToggle(row.key, e.currentTarget.checked)}
              />
              {t('record.takeIncoming')}
            </label>
          </li>
        ))}
        {more(preview.conflicts.length, counts.conflicts)}
        {preview.updated.map((row) => (
          <li key={row.key} data-testid="merge-row" data-change="updated" data-key={row.key}>
            <span class="pill visible-with-problem">{t('record.changeUpdated')}</span> <span class="key">{row.key}</span>
            <Differences row={row} lang={lang} />
          </li>
        ))}
        {more(preview.updated.length, counts.updated)}
        {preview.added.map((key) => (
          <li key={key} data-testid="merge-row" data-change="new" data-key={key}>
            <span class="pill visible">{t('record.changeNew')}</span> <span class="key">{key}</span>
          </li>
        ))}
        {more(preview.added.length, counts.added)}
      </ul>
    </div>
  );
}
