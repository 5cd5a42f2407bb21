import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { ListReport } from '@/utils/messages';
import { ProblemList } from '@/components/ProblemList';
import type { Problem } from '@/utils/invoice/model';
import { NO_CRITERIA, type ListCriteria } from '@/utils/list/filters';
import { isFailure, sendMessage } from '@/utils/send-message';
import { translator } from '@/utils/i18n/t';
import { formatChinaTime, type UiLanguage } from '@/utils/ui-text';
import { keysWithFiles } from '@/utils/store/import-batch';
import { AddInvoiceForm } from './AddInvoiceForm';
import { InvoiceDetail } from './detail/InvoiceDetail';
import { ImportSection } from './import/ImportSection';
import { importStore } from './import/import-store';
import { InvoiceList } from './list/InvoiceList';
import { ListToolbar } from './list/ListToolbar';
import { useListView } from './list/use-list-view';
import { MonthStrip } from './month-strip/MonthStrip';
import { RecordSection } from './record/RecordSection';

export function DashboardApp({ lang }: { lang: UiLanguage }) {
  const [report, setReport] = useState<ListReport | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [originals, setOriginals] = useState<ReadonlySet<string>>(new Set());
  const [criteria, setCriteria] = useState<ListCriteria>(NO_CRITERIA);
  const [detailKey, setDetailKey] = useState<string | null>(null);
  // One fetch of every row; searching, filtering and sorting then happen here, in memory.
  const refresh = useCallback(() => {
    void sendMessage({ type: 'list:get' }).then((answer) => {
      if (isFailure(answer)) return setProblems(answer.problems);
      setProblems([]);
      setReport(answer);
    });
    void importStore.withDb(keysWithFiles).then(setOriginals, () => setOriginals(new Set()));
  }, []);
  const stored = useMemo(() => report?.rows.map((r) => r.invoice) ?? [], [report]);
  const { shown, filteredKeys } = useListView(report?.rows, criteria);
  const viewKey = useMemo(() => JSON.stringify(criteria), [criteria]);
  const changed = useCallback(async () => {
    await importStore.notifyChanged();
    refresh();
  }, [refresh]);
  useEffect(refresh, [refresh]);
  const t = translator(lang);

  return (
    <div class="dashboard">
      <header class="topbar">
        <h1>{t('dashboard.title')}</h1>
        {report && (
          <span class="meta">
            {report.taxpayer ? `${report.taxpayer.name ?? ''} ${report.taxpayer.taxId}` : ''}
            {report.lastQueryAt ? ` · ${t('common.lastQuery', { at: formatChinaTime(report.lastQueryAt) })}` : ''}
          </span>
        )}
      </header>
      <ProblemList problems={problems} lang={lang} testId="dashboard-error" kind="error" />
      <ImportSection lang={lang} stored={stored} taxpayer={report?.taxpayer ?? null} onSaved={refresh} />
      <section class="card">
        <h2>{t('dashboard.addTitle')}</h2>
        <AddInvoiceForm lang={lang} onAdded={refresh} />
      </section>
      <section class="card list-card">
        <h2>
          {t('list.title')}
          {report && (
            <span class="count" data-testid="not-visible-count">
              {t('list.notVisible', { n: report.notVisible })}
            </span>
          )}
        </h2>
        {report && (
          <>
            <MonthStrip rows={report.rows} lang={lang} onPickMonth={(dateFrom, dateTo) => setCriteria((c) => ({ ...c, dateFrom, dateTo }))} />
            <ListToolbar criteria={criteria} onChange={setCriteria} rows={report.rows} shown={shown.length} lang={lang} />
            <div class={detailKey ? 'list-layout with-detail' : 'list-layout'}>
              <InvoiceList
                rows={shown}
                total={report.rows.length}
                viewKey={viewKey}
                originals={originals}
                openKey={detailKey}
                lang={lang}
                onOpen={setDetailKey}
                onChanged={refresh}
                onError={setProblems}
              />
              {detailKey && <InvoiceDetail key={detailKey} invoiceKey={detailKey} lang={lang} onChanged={refresh} onClose={() => setDetailKey(null)} />}
            </div>
          </>
        )}
      </section>
      {report && <RecordSection lang={lang} total={report.rows.length} filtered={filteredKeys} onChanged={changed} />}
      <footer class="privacy">{t('dashboard.privacy')}</footer>
    </div>
  );
}
