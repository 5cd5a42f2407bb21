import { fieldLabel } from '@/utils/diagnose/labels';
import { say, type UiLanguage } from '@/utils/ui-text';
import type { PreviewRow, PreviewSummary } from './record-protocol';
import { RECORD_TEXT as T } from './record-text';

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
          {say(fieldLabel(d.field), lang)}：<del>{d.stored ?? '—'}</del> → <ins>{d.incoming ?? '—'}</ins>
        </li>
      ))}
    </ul>
  );
}

/** What a record or backup would change, before anything is written: the same view for both. */
export function MergePreview({ lang, preview, takeIncoming, onToggle }: Props) {
  const { counts } = preview;
  const more = (shown: number, all: number) => (all > shown ? <li class="more">{say(T.moreRows(all - shown), lang)}</li> : null);
  return (
    <div class="merge-preview" data-testid="merge-preview" data-empty={preview.empty}>
      <h4>{say(T.previewTitle(preview.source), lang)}</h4>
      <p data-testid="merge-counts" data-added={counts.added} data-updated={counts.updated} data-conflicts={counts.conflicts} data-unchanged={preview.unchanged}>
        {say(T.previewCounts(counts.added, counts.updated, counts.conflicts, preview.unchanged), lang)}；{say(T.previewEvidence(preview.evidence), lang)}（
        {say(T.previewExported(preview.exportedAt), lang)}）
      </p>
      {preview.empty && <p class="status ok">{say(T.previewEmpty, lang)}</p>}
      {preview.evidence.filesWithoutBytes > 0 && <p class="hint">{say(T.filesWithoutBytes(preview.evidence.filesWithoutBytes), lang)}</p>}
      <ul class="merge-rows">
        {preview.conflicts.map((row) => (
          <li key={row.key} data-testid="merge-row" data-change="conflict" data-key={row.key}>
            <span class="pill missing">{say(T.changeConflict, lang)}</span> <span class="key">{row.key}</span>
            <Differences row={row} lang={lang} />
            <label class="check">
              <input
                type="checkbox"
                data-testid="merge-take-incoming"
                data-key={row.key}
                checked={takeIncoming.has(row.key)}
                onChange={(e) => onToggle(row.key, e.currentTarget.checked)}
              />
              {say(T.takeIncoming, lang)}
            </label>
          </li>
        ))}
        {more(preview.conflicts.length, counts.conflicts)}
        {preview.updated.map((row) => (
          <li key={row.key} data-testid="merge-row" data-change="updated" data-key={row.key}>
            <span class="pill visible-with-problem">{say(T.changeUpdated, lang)}</span> <span class="key">{row.key}</span>
            <Differences row={row} lang={lang} />
          </li>
        ))}
        {more(preview.updated.length, counts.updated)}
        {preview.added.map((key) => (
          <li key={key} data-testid="merge-row" data-change="new" data-key={key}>
            <span class="pill visible">{say(T.changeNew, lang)}</span> <span class="key">{key}</span>
          </li>
        ))}
        {more(preview.added.length, counts.added)}
      </ul>
    </div>
  );
}
