import { useEffect, useState } from 'preact/hooks';
import type { ProblemReport } from '@/utils/export/report/problem-report';
import type { UiLanguage } from '@/utils/ui-text';
import { loadReport } from './load-report';
import { ReportView } from './ReportView';

type State =
  | { kind: 'loading' }
  | { kind: 'ready'; report: ProblemReport }
  | { kind: 'no-key' }
  | { kind: 'not-found'; key: string }
  | { kind: 'failed'; message: string };

/** `report.html?key=…`: the invoice the page reports on. */
function keyFromSearch(search: string): string | null {
  return new URLSearchParams(search).get('key') || null;
}

function Message({ zh, en, lang }: { zh: string; en: string; lang: UiLanguage }) {
  return (
    <main class="report" data-testid="report-page">
      <p class="report-error" data-testid="report-error" role="alert">
        {lang === 'zh' ? zh : en}
      </p>
    </main>
  );
}

export function ReportApp({ lang }: { lang: UiLanguage }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    const key = keyFromSearch(location.search);
    if (!key) {
      setState({ kind: 'no-key' });
      return;
    }
    void loadReport(key, Date.now()).then(
      (report) => {
        if (!report) {
          setState({ kind: 'not-found', key });
          return;
        }
        // Printing to PDF names the file after the title.
        document.title = `${lang === 'zh' ? '发票问题报告' : 'Invoice report'} ${report.key}`;
        setState({ kind: 'ready', report });
      },
      (e: unknown) => setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
  }, [lang]);

  switch (state.kind) {
    case 'loading':
      return <Message zh="正在读取报告…" en="Loading the report…" lang={lang} />;
    case 'ready':
      return <ReportView report={state.report} lang={lang} />;
    case 'no-key':
      return <Message zh="链接中没有指明发票。请从发票清单打开报告。" en="The link names no invoice. Open the report from the invoice list." lang={lang} />;
    case 'not-found':
      return (
        <Message
          zh={`找不到发票 ${state.key}：它可能已被删除，或号码已更正。请从发票清单重新打开报告。`}
          en={`Invoice ${state.key} was not found: it may have been removed or its number corrected. Open the report again from the invoice list.`}
          lang={lang}
        />
      );
    case 'failed':
      return <Message zh={`读取报告失败：${state.message}`} en={`Could not load the report: ${state.message}`} lang={lang} />;
  }
}
