import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { StatusReport } from '@/utils/messages';
import { isFailure, sendMessage } from '@/utils/send-message';
import { ProblemList } from '@/components/ProblemList';
import type { Problem } from '@/utils/invoice/model';
import { formatChinaTime, type UiLanguage } from '@/utils/ui-text';
import { popupSummary } from '@/utils/report/popup-summary';
import { MissingRow } from './MissingRow';
import { SummaryBlock } from './SummaryBlock';

export function PopupApp({ lang }: { lang: UiLanguage }) {
  const [report, setReport] = useState<StatusReport | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);

  const load = useCallback(() => {
    void sendMessage({ type: 'status:get' }).then((answer) => (isFailure(answer) ? setProblems(answer.problems) : setReport(answer)));
  }, []);
  useEffect(load, [load]);

  const zh = lang === 'zh';
  const notVisible = report?.rows.filter((r) => r.status !== 'visible') ?? [];
  return (
    <main class="popup">
      <header>
        <h1>{zh ? '发票守望' : 'fapiao-watch'}</h1>
        <button type="button" class="link" data-testid="open-dashboard" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}>
          {zh ? '管理发票' : 'Manage invoices'}
        </button>
      </header>
      <ProblemList problems={problems} lang={lang} testId="popup-error" kind="error" />
      {report && (
        <p class="meta" data-testid="popup-meta">
          {report.taxpayer ? `${report.taxpayer.name ?? ''} ${report.taxpayer.taxId}` : zh ? '尚未识别登录的纳税人' : 'Logged-in taxpayer not seen yet'}
          {' · '}
          {report.lastQueryAt ? `${zh ? '最近查询' : 'Last query'} ${formatChinaTime(report.lastQueryAt)}` : zh ? '尚未在电子税务局查询' : 'No portal query seen yet'}
        </p>
      )}
      {report && report.rows.length > 0 && <SummaryBlock summary={popupSummary(report.rows)} lang={lang} />}
      {report && report.rows.length === 0 && (
        <p class="empty" data-testid="popup-empty">{zh ? '清单为空：请在“管理发票”中添加应收到的发票。' : 'No expected invoices yet: add them under “Manage invoices”.'}</p>
      )}
      {report && report.rows.length > 0 && notVisible.length === 0 && (
        <p class="all-visible" data-testid="all-visible">{zh ? `全部 ${report.rows.length} 张发票都已在电子税务局看到。` : `All ${report.rows.length} invoices are visible on the portal.`}</p>
      )}
      <ul class="missing-list">
        {notVisible.map((row) => (
          <MissingRow key={row.invoice.key} row={row} lang={lang} onChanged={load} />
        ))}
      </ul>
    </main>
  );
}
