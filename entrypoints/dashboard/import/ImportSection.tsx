import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ProblemList } from '@/components/ProblemList';
import type { ExpectedInvoice, Problem, Taxpayer } from '@/utils/invoice/model';
import type { ColumnMapping } from '@/utils/extract/sheet/header-map';
import type { DraftField } from '@/utils/extract/types';
import type { FromWorker, JobContext } from '@/utils/extract/worker-protocol';
import { both, inBoth, translator } from '@/utils/i18n/t';
import { admitFiles } from '@/utils/import/admit-files';
import { buildBatch, type ImportedFile } from '@/utils/import/build-batch';
import { checkRows } from '@/utils/import/check-rows';
import {
  EMPTY_IMPORT,
  exportEdited,
  fileDone,
  filePartial,
  fileProgress,
  fileRequeued,
  filesCancelled,
  filesQueued,
  filesRefused,
  overallProgress,
  replaceRows,
  updateRow,
  type ImportState,
} from '@/utils/import/import-state';
import { editField, mergeRows } from '@/utils/import/merge-rows';
import { saveImport } from '@/utils/store/import-batch';
import type { SheetMapping } from '@/utils/store/stored-types';
import type { BilingualText, UiLanguage } from '@/utils/ui-text';
import { DropZone } from './DropZone';
import { ExportScope } from './ExportScope';
import { FileList } from './FileList';
import { ImportRunner } from './import-runner';
import { MappingDialog } from './MappingDialog';
import { ReviewTable } from './ReviewTable';
import { importStore as store } from './import-store';

/** `已保存：新增 3 张，补充 1 张已有发票。`: only the parts that happened. */
function savedText(added: number, updated: number, sightings: number): BilingualText {
  return inBoth((t) =>
    t('import.saved', {
      added,
      updated: updated ? t('import.savedUpdated', { n: updated }) : '',
      sightings: sightings ? t('import.savedSightings', { n: sightings }) : '',
    }),
  );
}

interface Props {
  lang: UiLanguage;
  stored: readonly ExpectedInvoice[];
  taxpayer: Taxpayer | null;
  onSaved: () => void;
}

/** Files and pasted rows in, reviewed invoices out: extraction in a worker, review here, one transaction to save. */
export function ImportSection({ lang, stored, taxpayer, onSaved }: Props) {
  const t = translator(lang);
  const [state, setState] = useState<ImportState>(EMPTY_IMPORT);
  const [keepOriginals, setKeepOriginals] = useState(true);
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<{ kind: 'ok' | 'error'; problems: Problem[] } | null>(null);
  const files = useRef(new Map<number, ImportedFile & { file: File | null }>());
  const chosen = useRef(new Map<string, SheetMapping>());
  const nextId = useRef(1);
  const runner = useRef<ImportRunner | null>(null);

  const onMessage = (message: FromWorker) =>
    setState((s) => {
      switch (message.type) {
        case 'progress':
          return fileProgress(s, message.id, message.stage, message.fraction);
        case 'partial':
          return filePartial(s, message.id, message.outcome);
        case 'done':
          return fileDone(s, message.id, message.outcome, message.ms);
      }
    });
  runner.current ??= new ImportRunner(onMessage);
  useEffect(() => () => runner.current?.dispose(), []);

  const now = Date.now();
  const storedByKey = useMemo(() => new Map(stored.map((i) => [i.key, i])), [stored]);
  const checks = useMemo(() => checkRows(state.rows, storedByKey, now), [state.rows, storedByKey]);

  /** Column mappings chosen before, stored or in this import, by header signature: read once per drop. */
  async function knownMappings(): Promise<Record<string, ColumnMapping>> {
    const mappings: Record<string, ColumnMapping> = {};
    for (const m of await store.mappings()) mappings[m.signature] = m.columns;
    for (const m of chosen.current.values()) mappings[m.signature] = m.columns;
    return mappings;
  }

  function context(mappings: Record<string, ColumnMapping>, modifiedAt: number): JobContext {
    return { taxpayerId: taxpayer?.taxId ?? null, mappings, modifiedAt };
  }

  async function addFiles(list: File[]): Promise<void> {
    setResult(null);
    const already = { files: state.files.length, bytes: state.files.reduce((n, f) => n + f.size, 0) };
    const { admitted, refused } = admitFiles(already, list);
    if (refused.length) setState((s) => filesRefused(s, refused.map(({ file, problem }) => ({ id: nextId.current++, name: file.name, size: file.size, problem }))));
    const jobs = admitted.map((file) => ({ id: nextId.current++, file }));
    for (const { id, file } of jobs) files.current.set(id, { name: file.name, type: file.type, blob: file, kind: null, file });
    setState((s) => filesQueued(s, jobs.map(({ id, file }) => ({ id, name: file.name, size: file.size }))));
    const mappings = await knownMappings();
    for (const { id, file } of jobs) runner.current!.add({ id, file, context: context(mappings, file.lastModified || Date.now()) });
  }

  async function addPaste(text: string): Promise<void> {
    setResult(null);
    const id = nextId.current++;
    const name = t('import.pastedName', { n: id });
    setState((s) => filesQueued(s, [{ id, name, size: text.length }]));
    runner.current!.add({ id, text, context: context(await knownMappings(), Date.now()) });
  }

  async function applyMapping(fileId: number, signature: string, headers: string[], mapping: ColumnMapping): Promise<void> {
    const columns = Object.fromEntries(Object.entries(mapping).filter(([, v]) => v !== undefined)) as Record<string, number>;
    chosen.current.set(signature, { signature, headers, columns, savedAt: Date.now() });
    const entry = files.current.get(fileId);
    setState((s) => fileRequeued(s, fileId));
    const ctx = context({ ...(await knownMappings()), [signature]: mapping }, entry?.file?.lastModified ?? Date.now());
    if (entry?.file) runner.current!.add({ id: fileId, file: entry.file, context: ctx });
  }

  function cancel(): void {
    runner.current!.cancel();
    setState(filesCancelled);
  }

  async function save(): Promise<void> {
    setSaving(true);
    try {
      for (const f of state.files) {
        const entry = files.current.get(f.id);
        if (entry) entry.kind = f.kind;
      }
      const batch = await buildBatch({
        rows: state.rows,
        checks,
        files: files.current,
        keepOriginals,
        mappings: [...chosen.current.values()],
        observations: state.exports.map((e) => ({ scope: e.result.scope, sightings: e.result.sightings, signals: [], taxpayer: null })),
        now: Date.now(),
      });
      const outcome = await store.withDb((db) => saveImport(db, batch));
      if (!outcome.ok) {
        setResult({ kind: 'error', problems: [{ code: 'import-conflict', field: 'import', ...inBoth((t) => t('import.conflict', { keys: outcome.conflicts.join(t('common.listSeparator')) })) }] });
        onSaved();
        return;
      }
      setResult({ kind: 'ok', problems: [{ code: 'import-saved', field: 'import', ...savedText(outcome.added, outcome.updated, outcome.sightings) }] });
      setState(EMPTY_IMPORT);
      files.current.clear();
      chosen.current.clear();
      await store.notifyChanged();
      onSaved();
    } catch (error) {
      setResult({ kind: 'error', problems: [{ code: 'import-save-failed', field: 'import', ...both('import.saveFailed', { error: String(error) }) }] });
    } finally {
      setSaving(false);
    }
  }

  const progress = overallProgress(state);
  const running = progress.done < progress.total;
  const toSave = state.rows.filter((r) => {
    const c = checks.get(r.id);
    return c && (((c.state === 'ready' || c.state === 'check') && r.accepted) || (c.state === 'stored' && r.mergeIntoStored));
  }).length;
  const canSave = !running && !saving && (toSave > 0 || state.exports.length > 0);

  return (
    <section class="card import" data-testid="import">
      <h2>{t('import.title')}</h2>
      <DropZone lang={lang} onFiles={(f) => void addFiles(f)} onPaste={(text) => void addPaste(text)} />
      <p class="hint">
        <label>
          <input type="checkbox" data-testid="import-keep-originals" checked={keepOriginals} onChange={(e) => setKeepOriginals((e.currentTarget as HTMLInputElement).checked)} />
          {t('import.keepOriginals')}
        </label>{' '}
        {t('import.localOnly')}
      </p>
      {progress.total > 0 && (
        <div class="import-progress">
          <progress data-testid="import-progress" max={progress.total} value={progress.done} />
          <span>{t('import.progress', { done: progress.done, total: progress.total })}</span>
          {running && (
            <button type="button" class="secondary" data-testid="import-cancel" onClick={cancel}>
              {t('import.cancel')}
            </button>
          )}
        </div>
      )}
      <FileList files={state.files} lang={lang} />
      {state.mappings.map((m) => (
        <MappingDialog
          key={m.fileId}
          fileName={state.files.find((f) => f.id === m.fileId)?.name ?? ''}
          request={m.request}
          lang={lang}
          onApply={(mapping) => void applyMapping(m.fileId, m.request.signature, m.request.headers, mapping)}
        />
      ))}
      {state.exports.map((e) => (
        <ExportScope key={e.fileId} fileName={e.fileName} result={e.result} lang={lang} onChange={(change) => setState((s) => exportEdited(s, e.fileId, change))} />
      ))}
      {state.rows.length > 0 && (
        <>
          <h3>{t('import.reviewTitle', { n: state.rows.length })}</h3>
          <p class="hint">{t('import.reviewHint')}</p>
          <div class="review-scroll">
            <ReviewTable
              rows={state.rows}
              checks={checks}
              lang={lang}
              now={now}
              onEdit={(id, field: DraftField, value) => setState((s) => updateRow(s, id, (r) => editField(r, field, value)))}
              onAccept={(id, accepted) => setState((s) => updateRow(s, id, (r) => ({ ...r, accepted })))}
              onMergeStored={(id, merge) => setState((s) => updateRow(s, id, (r) => ({ ...r, mergeIntoStored: merge })))}
              onMerge={(id) =>
                setState((s) => {
                  const dup = s.rows.find((r) => r.id === id);
                  const primary = s.rows.find((r) => r.id === checks.get(id)?.duplicateOf);
                  return dup && primary ? replaceRows(s, mergeRows(primary, dup), dup.id) : s;
                })
              }
            />
          </div>
        </>
      )}
      {(state.rows.length > 0 || state.exports.length > 0) && (
        <div class="form-actions">
          <button type="button" data-testid="import-save" disabled={!canSave} onClick={() => void save()}>
            {toSave > 0 || state.exports.length ? t('import.save', { n: toSave }) : t('import.saveNothing')}
          </button>
          <button type="button" class="secondary" data-testid="import-discard" disabled={saving} onClick={() => { cancel(); setState(EMPTY_IMPORT); files.current.clear(); }}>
            {t('import.discard')}
          </button>
        </div>
      )}
      {result && <ProblemList problems={result.problems} lang={lang} testId={result.kind === 'ok' ? 'import-saved' : 'import-save-error'} kind={result.kind === 'ok' ? 'warning' : 'error'} />}
    </section>
  );
}
