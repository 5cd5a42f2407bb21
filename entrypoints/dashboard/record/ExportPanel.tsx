import { useEffect, useState } from 'preact/hooks';
import { ProblemList } from '@/components/ProblemList';
import { translator, type MessageKey } from '@/utils/i18n/t';
import type { Problem } from '@/utils/invoice/model';
import type { UiLanguage } from '@/utils/ui-text';
import { isJobFailure, runRecordJob } from './record-client';
import type { ExportFormat } from './record-protocol';
import { saveBlob } from './save-blob';

interface Props {
  lang: UiLanguage;
  total: number;
  /** Keys the list shows under its filter, or null when nothing is filtered. */
  filtered: string[] | null;
}

const BUTTONS = [
  { format: 'csv', testId: 'export-csv', label: 'record.exportCsv' },
  { format: 'xlsx', testId: 'export-xlsx', label: 'record.exportXlsx' },
  { format: 'json', testId: 'export-json', label: 'record.exportJson' },
] as const satisfies ReadonlyArray<{ format: ExportFormat; testId: string; label: MessageKey }>;

export function ExportPanel({ lang, total, filtered }: Props) {
  const t = translator(lang);
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
    setDone(t('record.exported', { n: answer.count, name: answer.name }));
  }

  return (
    <div class="record-panel" data-testid="export-panel">
      <h3>{t('record.exportTitle')}</h3>
      <div class="record-scope" role="radiogroup">
        <label>
          <input type="radio" name="export-scope" data-testid="export-selection" value="all" checked={!useFilter} onChange={() => setScope('all')} />
          {t('record.scopeAll', { n: total })}
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
          {t('record.scopeFiltered', { n: filtered?.length ?? 0 })}
        </label>
      </div>
      <div class="actions">
        {BUTTONS.map((b) => (
          <button key={b.format} type="button" data-testid={b.testId} disabled={busy} onClick={() => void run(b.format)}>
            {t(b.label)}
          </button>
        ))}
      </div>
      <p class="hint">{t('record.exportHint')}</p>
      {busy && <p class="status">{t('record.working')}</p>}
      {done && <p class="status ok" data-testid="export-status">{done}</p>}
      <ProblemList problems={problems} lang={lang} testId="export-error" kind="error" />
    </div>
  );
}
