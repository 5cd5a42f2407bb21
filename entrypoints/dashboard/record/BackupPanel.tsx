import { useState } from 'preact/hooks';
import { ProblemList } from '@/components/ProblemList';
import { checkPassphrase } from '@/utils/export/backup';
import type { Problem } from '@/utils/invoice/model';
import { say, type UiLanguage } from '@/utils/ui-text';
import { PassphraseField } from './PassphraseField';
import { isJobFailure, runRecordJob } from './record-client';
import { RECORD_TEXT as T } from './record-text';
import { saveBlob } from './save-blob';

export function BackupPanel({ lang }: { lang: UiLanguage }) {
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
    setDone(say(T.backedUp(answer.count, answer.files, answer.name), lang));
  }

  return (
    <div class="record-panel" data-testid="backup-panel">
      <h3>{say(T.backupTitle, lang)}</h3>
      <PassphraseField
        label={say(T.passphrase, lang)}
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
        {say(T.withFiles, lang)}
      </label>
      <div class="actions">
        <button type="button" data-testid="backup" disabled={busy} onClick={() => void backup()}>
          {say(T.backup, lang)}
        </button>
      </div>
      <p class="hint">{say(T.backupHint, lang)}</p>
      {busy && <p class="status">{say(T.working, lang)}</p>}
      {done && <p class="status ok" data-testid="backup-status">{done}</p>}
    </div>
  );
}
