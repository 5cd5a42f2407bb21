import { useState } from 'preact/hooks';
import { ProblemList } from '@/components/ProblemList';
import { inBoth, translator } from '@/utils/i18n/t';
import type { Problem } from '@/utils/invoice/model';
import type { UiLanguage } from '@/utils/ui-text';
import { MergePreview } from './MergePreview';
import { PassphraseField } from './PassphraseField';
import { isJobFailure, releasePreview, runRecordJob } from './record-client';
import type { PreviewSummary } from './record-protocol';

interface Props {
  lang: UiLanguage;
  /** Called after a merge wrote something. */
  onChanged: () => Promise<void>;
}

/** Restores an encrypted backup or imports a JSON record: both are decoded and checked whole, previewed, then written. */
export function RestorePanel({ lang, onChanged }: Props) {
  const t = translator(lang);
  const [backupFile, setBackupFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [preview, setPreview] = useState<PreviewSummary | null>(null);
  const [takeIncoming, setTakeIncoming] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);

  async function open(file: File, secret: string | null): Promise<void> {
    setPreview(null);
    setDone('');
    setProblems([]);
    setTakeIncoming(new Set());
    setBusy(true);
    const answer = await runRecordJob({ kind: 'preview', file, passphrase: secret });
    setBusy(false);
    if (isJobFailure(answer)) return setProblems(answer.problems);
    setPreview(answer);
  }

  async function confirm(): Promise<void> {
    if (!preview) return;
    setBusy(true);
    const answer = await runRecordJob({ kind: 'apply', previewId: preview.previewId, takeIncoming: [...takeIncoming] });
    setBusy(false);
    setPreview(null);
    if (isJobFailure(answer)) return setProblems(answer.problems);
    if (!answer.ok) {
      const conflict = inBoth((t) => t('record.mergeConflict', { keys: answer.conflicts.join(t('common.listSeparator')) }));
      return setProblems([{ code: 'merge-conflict', field: 'file', ...conflict }]);
    }
    setDone(t('record.merged', { added: answer.added, updated: answer.updated, replaced: answer.replaced, files: answer.files }));
    await onChanged();
  }

  function toggle(key: string, take: boolean): void {
    const next = new Set(takeIncoming);
    if (take) next.add(key);
    else next.delete(key);
    setTakeIncoming(next);
  }

  return (
    <div class="record-panel" data-testid="restore-panel">
      <h3>{t('record.restoreTitle')}</h3>
      <div class="field">
        <span>{t('record.restoreFile')}</span>
        <span class="picked">
          <label class="file-pick">
            <input type="file" accept=".fwbackup,application/octet-stream" data-testid="restore-file" onChange={(e) => setBackupFile(e.currentTarget.files?.[0] ?? null)} />
            <span>{t('record.chooseFile')}</span>
          </label>
          {backupFile?.name}
        </span>
      </div>
      <PassphraseField
        label={t('record.restorePassphrase')}
        testId="restore-passphrase"
        value={passphrase}
        autoComplete="off"
        invalid={problems.some((p) => p.field === 'passphrase')}
        onChange={setPassphrase}
        onEnter={() => backupFile && void open(backupFile, passphrase)}
      />
      <div class="actions">
        <button type="button" data-testid="restore-open" disabled={busy || !backupFile} onClick={() => backupFile && void open(backupFile, passphrase)}>
          {t('record.restoreOpen')}
        </button>
      </div>
      <h3>{t('record.importRecordTitle')}</h3>
      <div class="field">
        <span>{t('record.importRecordFile')}</span>
        <label class="file-pick">
          <input
            type="file"
            accept=".json,application/json"
            data-testid="import-record"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void open(file, null);
              e.currentTarget.value = '';
            }}
          />
          <span>{t('record.chooseFile')}</span>
        </label>
      </div>
      {busy && <p class="status">{t('record.working')}</p>}
      <ProblemList problems={problems} lang={lang} testId="restore-error" kind="error" />
      {done && <p class="status ok" data-testid="restore-status">{done}</p>}
      {preview && (
        <>
          <MergePreview lang={lang} preview={preview} takeIncoming={takeIncoming} onToggle={toggle} />
          <div class="actions">
            <button
              type="button"
              data-testid={preview.encrypted ? 'restore-confirm' : 'import-record-confirm'}
              disabled={busy || (preview.empty && !takeIncoming.size)}
              onClick={() => void confirm()}
            >
              {t(preview.encrypted ? 'record.confirmRestore' : 'record.confirmImport')}
            </button>
            <button
              type="button"
              class="secondary"
              data-testid="merge-cancel"
              onClick={() => {
                setPreview(null);
                releasePreview();
              }}
            >
              {t('record.cancel')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
