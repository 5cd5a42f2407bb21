import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { StatusReport } from '@/utils/messages';
import { ProblemList } from '@/components/ProblemList';
import type { Problem } from '@/utils/invoice/model';
import { isFailure, sendMessage } from '@/utils/send-message';
import { formatChinaTime, say, type UiLanguage } from '@/utils/ui-text';
import { AddInvoiceForm } from './AddInvoiceForm';
import { ImportSection } from './import/ImportSection';
import { importStore } from './import/import-store';
import { InvoiceTable } from './InvoiceTable';
import { keysWithFiles } from '@/utils/store/import-batch';
import { filterRows, LIST_FILTERS, type ListFilter } from './list-filter';
import { RecordSection } from './record/RecordSection';

export function DashboardApp({ lang }: { lang: UiLanguage }) {
  const [report, setReport] = useState<StatusReport | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [originals, setOriginals] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState<ListFilter>('all');
  const refresh = useCallback(() => {
    void sendMessage({ type: 'status:get' }).then((answer) => {
      if (isFailure(answer)) return setProblems(answer.problems);
      setProblems([]);
      setReport(answer);
    });
    void importStore.withDb(keysWithFiles).then(setOriginals, () => setOriginals(new Set()));
  }, []);
  const stored = useMemo(() => report?.rows.map((r) => r.invoice) ?? [], [report]);
  const shown = useMemo(() => filterRows(report?.rows ?? [], filter), [report, filter]);
  const changed = useCallback(async () => {
    await importStore.notifyChanged();
    refresh();
  }, [refresh]);
  useEffect(refresh, [refresh]);
  const zh = lang === 'zh';

  return (
    <div class="dashboard">
      <header class="topbar">
        <h1>{zh ? '发票守望 · 管理发票' : 'fapiao-watch · Invoices'}</h1>
        {report && (
          <span class="meta">
            {report.taxpayer ? `${report.taxpayer.name ?? ''} ${report.taxpayer.taxId}` : ''}
            {report.lastQueryAt ? ` · ${zh ? '最近查询' : 'Last query'} ${formatChinaTime(report.lastQueryAt)}` : ''}
          </span>
        )}
      </header>
      <ProblemList problems={problems} lang={lang} testId="dashboard-error" kind="error" />
      <ImportSection lang={lang} stored={stored} taxpayer={report?.taxpayer ?? null} onSaved={refresh} />
      <section class="card">
        <h2>{zh ? '添加应收到的发票' : 'Add an expected invoice'}</h2>
        <AddInvoiceForm lang={lang} onAdded={refresh} />
      </section>
      <section class="card">
        <h2>
          {zh ? '发票清单' : 'Expected invoices'}
          {report && <span class="count" data-testid="not-visible-count">{zh ? `未看到 ${report.notVisible} 张` : `${report.notVisible} not visible`}</span>}
          <label class="list-filter">
            {zh ? '显示' : 'Show'}
            <select data-testid="list-filter" value={filter} onChange={(e) => setFilter(e.currentTarget.value as ListFilter)}>
              {Object.entries(LIST_FILTERS).map(([value, text]) => (
                <option key={value} value={value}>
                  {say(text, lang)}
                </option>
              ))}
            </select>
          </label>
        </h2>
        {report && <InvoiceTable rows={shown} filtered={filter !== 'all'} originals={originals} lang={lang} onRemoved={refresh} onError={setProblems} />}
      </section>
      {report && <RecordSection lang={lang} total={report.rows.length} filtered={filter === 'all' ? null : shown.map((r) => r.invoice.key)} onChanged={changed} />}
      <footer class="privacy">{zh ? '所有发票数据只保存在本机浏览器中，不会上传。' : 'All invoice data stays in this browser; nothing is uploaded.'}</footer>
    </div>
  );
}
