import { useEffect, useState } from 'preact/hooks';
import type { ProblemReport } from '@/utils/export/report/problem-report';
import { translator } from '@/utils/i18n/t';
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

function Message({ text }: { text: string }) {
  return (
    <main class="report" data-testid="report-page">
      <p class="report-error" data-testid="report-error" role="alert">
        {text}
      </p>
    </main>
  );
}

export function ReportApp({ lang }: { lang: UiLanguage }) {
  const t = translator(lang);
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
        document.title = t('report.documentTitle', { key: report.key });
        setState({ kind: 'ready', report });
      },
      (e: unknown) => setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
  }, [t]);

  switch (state.kind) {
    case 'loading':
      return <Message text={t('report.loading')} />;
    case 'ready':
      return <ReportView report={state.report} lang={lang} />;
    case 'no-key':
      return <Message text={t('report.noKey')} />;
    case 'not-found':
      return <Message text={t('report.notFound', { key: state.key })} />;
    case 'failed':
      return <Message text={t('report.loadFailed', { message: state.message })} />;
  }
}
