import { ProblemList } from '@/components/ProblemList';
import { inBoth, translator } from '@/utils/i18n/t';
import type { ImportFileState } from '@/utils/import/import-state';
import type { Problem } from '@/utils/invoice/model';
import { say, type UiLanguage } from '@/utils/ui-text';

/** A file's problem, naming the file. */
function ofFile(name: string, p: Problem): Problem {
  return { ...p, ...inBoth((t, lang) => t('import.fileProblem', { name, problem: say(p, lang) })) };
}

/** One line per file: its state, what it is doing, and why it could not be read. */
export function FileList({ files, lang }: { files: ImportFileState[]; lang: UiLanguage }) {
  const t = translator(lang);
  if (!files.length) return null;
  return (
    <ul class="import-files">
      {files.map((f) => (
        <li key={f.id} data-testid="import-file" data-name={f.name} data-state={f.state} data-kind={f.kind ?? ''} data-ms={f.ms ?? undefined}>
          <span class="name">{f.name}</span>
          <span class={`file-state ${f.state}`}>
            {t(`import.fileState.${f.state}`)}
            {f.state === 'reading' && f.stage ? ` · ${t(`import.stage.${f.stage}`)}` : ''}
            {f.state === 'done' && f.ms !== null ? ` · ${(f.ms / 1000).toFixed(1)} s` : ''}
          </span>
          <progress max={1} value={f.state === 'queued' ? 0 : f.fraction} />
          <ProblemList
            problems={f.problems.map((p) => ofFile(f.name, p))}
            lang={lang}
            testId="import-file-error"
            kind={f.state === 'failed' ? 'error' : 'warning'}
          />
        </li>
      ))}
    </ul>
  );
}
