import { useEffect, useState } from 'preact/hooks';
import { ProblemList } from '@/components/ProblemList';
import type { Problem } from '@/utils/invoice/model';
import { say, type UiLanguage } from '@/utils/ui-text';
import { isJobFailure, runRecordJob } from './record-client';
import type { ExportFormat } from './record-protocol';
import { RECORD_TEXT as T } from './record-text';
import { saveBlob } from './save-blob';

interface Props {
  lang: UiLanguage;
  total: number;
  /** Keys the list shows under its filter, or null when nothing is filtered. */
  filtered: string[] | null;
}

const BUTTONS: Array<{ format: ExportFormat; testId: string; label: typeof T.exportCsv }> = [
  { format: 'csv', testId: 'export-csv', label: T.exportCsv },
  { format: 'xlsx', testId: 'export-xlsx', label: T.exportXlsx },
  { format: 'json', testId: 'export-json', label: T.exportJson },
];

export function ExportPanel({ lang, total, filtered }: Props) {
  const [scope, setScope] = useState<'all' | 'filtered'>('all');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const useFilter = scope === 'filtered' && filtered !== null;
  // Once the list shows everything again, a later filter starts from "all" rather than silently narrowing an export.
  useEffect(() => {
    if (filtered === null) setScope('all');
  }, [filtered === null]);

  async function run(format: ExportFormat): Promise<void> {
    setBusy(true);
    setDone('');
    setProblems([]);
    const answer = await runRecordJob({ kind: 'export', format, keys: useFilter ? filtered : null });
    setBusy(false);
    if (isJobFailure(answer)) return setProblems(answer.problems);
    saveBlob(answer.blob, answer.name);
    setDone(say(T.exported(answer.count, answer.name), lang));
  }

  return (
    <div class="record-panel" data-testid="export-panel">
      <h3>{say(T.exportTitle, lang)}</h3>
      <div class="record-scope" role="radiogroup">
        <label>
          <input type="radio" name="export-scope" data-testid="export-selection" value="all" checked={!useFilter} onChange={() => setScope('all')} />
          {say(T.scopeAll(total), lang)}
        </label>
        <label>
          <input
            type="radio"
            name="export-scope"
            data-testid="export-selection"
            value="filtered"
            disabled={filtered === null}
            checked={useFilter}
            onChange={() => setScope('filtered')}
          />
          {say(T.scopeFiltered(filtered?.length ?? 0), lang)}
        </label>
      </div>
      <div class="actions">
        {BUTTONS.map((b) => (
          <button key={b.format} type="button" data-testid={b.testId} disabled={busy} onClick={() => void run(b.format)}>
            {say(b.label, lang)}
          </button>
        ))}
      </div>
      <p class="hint">{say(T.exportHint, lang)}</p>
      {busy && <p class="status">{say(T.working, lang)}</p>}
      {done && <p class="status ok" data-testid="export-status">{done}</p>}
      <ProblemList problems={problems} lang={lang} testId="export-error" kind="error" />
    </div>
  );
}
