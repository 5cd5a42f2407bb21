import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Undo } from '@/utils/messages';
import type { PopupView } from '@/utils/report/popup-view';
import { isFailure, sendMessage } from '@/utils/send-message';
import { ProblemList } from '@/components/ProblemList';
import type { Problem } from '@/utils/invoice/model';
import { translator } from '@/utils/i18n/t';
import { formatChinaTime, type UiLanguage } from '@/utils/ui-text';
import { MissingRow } from './MissingRow';
import { SummaryBlock } from './SummaryBlock';
import { UndoToast, type Done } from './UndoToast';

/** Rows drawn at first: a popup with thousands of cards is neither fast nor readable. */
const PAGE = 30;

export function PopupApp({ lang }: { lang: UiLanguage }) {
  const [report, setReport] = useState<PopupView | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [shown, setShown] = useState(PAGE);
  const [done, setDone] = useState<Done | null>(null);

  const load = useCallback(() => {
    void sendMessage({ type: 'popup:get', limit: shown }).then((answer) => (isFailure(answer) ? setProblems(answer.problems) : setReport(answer)));
  }, [shown]);
  useEffect(load, [load]);

  const rows = report?.rows ?? [];
  const summary = report?.summary ?? null;
  // Only the problem the banner names: a row held up by another account check still says its own.
  const bannerShown = summary?.account ? new Set([summary.account.id]) : null;

  function fixed(what: Done): void {
    setDone(what);
    load();
  }

  async function undo(step: Undo): Promise<void> {
    const answer = await sendMessage({ type: 'expected:edit', ...step });
    if (isFailure(answer)) setProblems(answer.problems);
    else setDone(null);
    load();
  }

  const t = translator(lang);
  const total = summary?.counts.expected ?? 0;
  const left = (report?.attention ?? 0) - rows.length;
  return (
    <main class="popup">
      <header>
        <h1>{t('popup.title')}</h1>
        <button type="button" class="link" data-testid="open-dashboard" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}>
          {t('popup.openDashboard')}
        </button>
      </header>
      <ProblemList problems={problems} lang={lang} testId="popup-error" kind="error" />
      {done && <UndoToast done={done} lang={lang} onUndo={(step) => void undo(step)} onClose={() => setDone(null)} />}
      {report && (
        <p class="meta" data-testid="popup-meta">
          {report.taxpayer ? `${report.taxpayer.name ?? ''} ${report.taxpayer.taxId}` : t('popup.noTaxpayer')}
          {' · '}
          {report.lastQueryAt ? t('common.lastQuery', { at: formatChinaTime(report.lastQueryAt) }) : t('popup.noQuery')}
        </p>
      )}
      {summary && total > 0 && <SummaryBlock summary={summary} lang={lang} />}
      {report && total === 0 && (
        <p class="empty" data-testid="popup-empty">{t('popup.empty')}</p>
      )}
      {report && total > 0 && report.attention === 0 && (
        <p class="all-visible" data-testid="all-visible">{t('popup.allVisible', { total })}</p>
      )}
      <ul class="missing-list">
        {rows.map((row) => (
          <MissingRow key={row.invoice.key} row={row} lang={lang} saidAbove={bannerShown} onFixed={fixed} onChanged={load} />
        ))}
      </ul>
      {left > 0 && (
        <button type="button" class="secondary more" data-testid="popup-more" onClick={() => setShown((n) => n + PAGE)}>
          {t('popup.more', { n: Math.min(PAGE, left), left })}
        </button>
      )}
    </main>
  );
}
