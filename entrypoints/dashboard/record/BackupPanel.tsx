import { useState } from 'preact/hooks';
import { ProblemList } from '@/components/ProblemList';
import { checkPassphrase } from '@/utils/export/backup';
import { translator } from '@/utils/i18n/t';
import type { Problem } from '@/utils/invoice/model';
import type { UiLanguage } from '@/utils/ui-text';
import { PassphraseField } from './PassphraseField';
import { isJobFailure, runRecordJob } from './record-client';
import { saveBlob } from './save-blob';

export function BackupPanel({ lang }: { lang: UiLanguage }) {
  const t = translator(lang);
  const [passphrase, setPassphrase] = useState('');
  const [withFiles, setWithFiles] = useState(true);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);

  async function backup(): Promise<void> {
    setDone('');
    const refused = checkPassphrase(passphrase);
    if (refused) return setProblems([refused]);
    setProblems([]);
    setBusy(true);
    const answer = await runRecordJob({ kind: 'backup', passphrase, withFiles });
    setBusy(false);
    if (isJobFailure(answer)) return setProblems(answer.problems);
    saveBlob(answer.blob, answer.name);
    setDone(t('record.backedUp', { n: answer.count, files: answer.files, name: answer.name }));
  }

  return (
    <div class="record-panel" data-testid="backup-panel">
      <h3>{t('record.backupTitle')}</h3>
      <PassphraseField
        label={t('record.passphrase')}
        testId="backup-passphrase"
        value={passphrase}
        autoComplete="new-password"
        invalid={problems.some((p) => p.field === 'passphrase')}
        onChange={setPassphrase}
        onEnter={() => void backup()}
      />
      <ProblemList problems={problems} lang={lang} testId="backup-error" kind="error" />
      <label class="check">
        <input type="checkbox" data-testid="backup-with-files" checked={withFiles} onChange={(e) => setWithFiles(e.currentTarget.checked)} />
        {t('record.withFiles')}
      </label>
      <div class="actions">
        <button type="button" data-testid="backup" disabled={busy} onClick={() => void backup()}>
          {t('record.backup')}
        </button>
      </div>
      <p class="hint">{t('record.backupHint')}</p>
      {busy && <p class="status">{t('record.working')}</p>}
      {done && <p class="status ok" data-testid="backup-status">{done}</p>}
    </div>
  );
}
