import { ProblemList } from '@/components/ProblemList';
import type { ImportFileState } from '@/utils/import/import-state';
import { say, type UiLanguage } from '@/utils/ui-text';
import { FILE_STATE_LABELS, STAGE_LABELS } from './import-text';

/** One line per file: its state, what it is doing, and why it could not be read. */
export function FileList({ files, lang }: { files: ImportFileState[]; lang: UiLanguage }) {
  if (!files.length) return null;
  return (
    <ul class="import-files">
      {files.map((f) => (
        <li key={f.id} data-testid="import-file" data-name={f.name} data-state={f.state} data-kind={f.kind ?? ''} data-ms={f.ms ?? undefined}>
          <span class="name">{f.name}</span>
          <span class={`file-state ${f.state}`}>
            {say(FILE_STATE_LABELS[f.state], lang)}
            {f.state === 'reading' && f.stage ? ` · ${say(STAGE_LABELS[f.stage], lang)}` : ''}
            {f.state === 'done' && f.ms !== null ? ` · ${(f.ms / 1000).toFixed(1)} s` : ''}
          </span>
          <progress max={1} value={f.state === 'queued' ? 0 : f.fraction} />
          <ProblemList
            problems={f.problems.map((p) => ({ ...p, zh: `「${f.name}」${p.zh}`, en: `${f.name}: ${p.en}` }))}
            lang={lang}
            testId="import-file-error"
            kind={f.state === 'failed' ? 'error' : 'warning'}
          />
        </li>
      ))}
    </ul>
  );
}
