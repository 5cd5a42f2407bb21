import { useState } from 'preact/hooks';
import { FindingList } from '@/components/FindingList';
import { ProblemList } from '@/components/ProblemList';
import type { CheckId, Finding } from '@/utils/diagnose/types';
import type { Problem, Verification } from '@/utils/invoice/model';
import { hasReport, ReportLink } from '@/components/ReportLink';
import { VerifyOutcomePicker } from '@/components/VerifyOutcomePicker';
import { isFixableField, type FixableField } from '@/utils/invoice/fix-field';
import { translator } from '@/utils/i18n/t';
import type { StatusRow } from '@/utils/messages';
import { isFailure, sendMessage } from '@/utils/send-message';
import { say, statusText, type UiLanguage } from '@/utils/ui-text';
import type { Done } from './UndoToast';

interface Props {
  row: StatusRow;
  lang: UiLanguage;
  /** Checks the banner above already says; a row held up by one points there instead of repeating it. */
  saidAbove: ReadonlySet<CheckId> | null;
  onFixed: (done: Done) => void;
  onChanged: () => void;
}

export function MissingRow({ row, lang, saidAbove, onFixed, onChanged }: Props) {
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [verification, setVerification] = useState<Verification | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const { invoice, headline } = row;
  const t = translator(lang);

  async function explain(): Promise<void> {
    setBusy(true);
    const answer = await sendMessage({ type: 'diagnose', key: invoice.key, online: navigator.onLine });
    setBusy(false);
    if (isFailure(answer)) return setProblems(answer.problems);
    setFindings(answer.findings);
    setVerification(answer.verification);
  }

  async function recordVerification(outcome: Verification['outcome']): Promise<void> {
    setBusy(true);
    const answer = await sendMessage({ type: 'verification:set', verification: { key: invoice.key, outcome, at: Date.now() } });
    if (isFailure(answer)) {
      setBusy(false);
      setProblems(answer.problems);
    } else await explain();
  }

  async function applyFix(field: FixableField, value: string): Promise<void> {
    setBusy(true);
    const answer = await sendMessage({ type: 'expected:fix', key: invoice.key, field, value });
    setBusy(false);
    if (isFailure(answer)) setProblems(answer.problems);
    else onFixed({ key: invoice.key, field, value, undo: answer.undo });
  }

  function controls(f: Finding) {
    if (f.id === 'verify-national')
      return <VerifyOutcomePicker lang={lang} disabled={busy} chosen={verification} onPick={(o) => void recordVerification(o)} />;
    const action = f.next?.action;
    if (f.verdict !== 'cause' || action?.kind !== 'fix-field' || !isFixableField(action.field)) return null;
    const field = action.field;
    return (
      <button type="button" class="secondary fix" data-testid="fix-field" data-field={action.field} disabled={busy} onClick={() => void applyFix(field, action.value)}>
        {t('popup.changeTo', { value: action.value })}
      </button>
    );
  }

  const pointsAbove = headline?.verdict === 'cause' && saidAbove?.has(headline.id);
  return (
    <li class={`missing-row status-${row.status}`} data-testid="missing-row" data-key={invoice.key} data-status={row.status}>
      <div class="row-head">
        <span class="key">{invoice.key}</span>
        <span class={`pill ${row.status}`}>{say(statusText(row.status), lang)}</span>
      </div>
      <div class="row-meta">
        {invoice.date} · ¥{invoice.total}
        {invoice.sellerName || invoice.sellerTaxId ? ` · ${invoice.sellerName ?? invoice.sellerTaxId}` : ''}
        {hasReport(row.status) && (
          <>
            {' · '}
            <ReportLink invoiceKey={invoice.key} lang={lang} />
          </>
        )}
      </div>
      {headline && !findings && (
        <div class={`headline verdict-${headline.verdict}`} data-testid="headline" data-check={headline.id}>
          {pointsAbove ? t('popup.seeBanner') : say(headline.title, lang)}
        </div>
      )}
      {!findings && (
        <button type="button" data-testid="why" disabled={busy} onClick={() => void explain()}>
          {t(busy ? 'popup.checking' : row.status === 'visible-with-problem' ? 'popup.seeProblem' : 'popup.whyMissing')}
        </button>
      )}
      <ProblemList problems={problems} lang={lang} testId="why-error" kind="error" />
      {findings && (
        // A recorded 查验 result stays in view, whatever it says, so the user sees it and can change it.
        <FindingList findings={findings} lang={lang} extra={controls} keepOpen={(f) => f.id === 'verify-national' && verification !== null} />
      )}
      {findings && (
        <button type="button" class="link fold" data-testid="why-close" onClick={() => (setFindings(null), onChanged())}>
          {t('popup.fold')}
        </button>
      )}
    </li>
  );
}
