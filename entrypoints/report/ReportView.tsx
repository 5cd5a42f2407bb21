import { VERDICT_NAMES } from '@/utils/diagnose/labels';
import type { Finding } from '@/utils/diagnose/types';
import type { ProblemReport } from '@/utils/export/report/problem-report';
import { report12366Text, sellerText } from '@/utils/export/report/report-texts';
import { translator } from '@/utils/i18n/t';
import { formatChinaTime, say, statusText, type UiLanguage } from '@/utils/ui-text';
import { TextToCopy } from './TextToCopy';

function FindingItem({ finding: f, label, lang }: { finding: Finding; label: string; lang: UiLanguage }) {
  return (
    <li class={`finding verdict-${f.verdict}`} data-check={f.id}>
      <div class="finding-head">
        <span class="verdict">{label}</span>
        <strong class="title">{say(f.title, lang)}</strong>
      </div>
      <p class="evidence">{say(f.evidence, lang)}</p>
      {f.next && <p class="next">{say(f.next.text, lang)}</p>}
    </li>
  );
}

function Findings({ report, lang }: { report: ProblemReport; lang: UiLanguage }) {
  const t = translator(lang);
  const { causes, unknowns, ruledOut } = report.findings;
  return (
    <section class="report-section" data-testid="report-findings">
      <h2>{t('report.diagnosis')}</h2>
      {causes.length + unknowns.length === 0 && <p class="empty">{t('report.noFindings')}</p>}
      <ol class="findings-list">
        {causes.map((f) => (
          <FindingItem key={f.id} finding={f} label={say(VERDICT_NAMES.cause, lang)} lang={lang} />
        ))}
        {unknowns.map((f) => (
          <FindingItem key={f.id} finding={f} label={say(VERDICT_NAMES.unknown, lang)} lang={lang} />
        ))}
      </ol>
      {ruledOut.length > 0 && (
        <p class="ruled-out-summary" data-testid="report-ruled-out">
          {t('report.ruledOut', { n: ruledOut.length })}
          {ruledOut.map((f) => say(f.title, lang)).join(t('common.listSeparator'))}
        </p>
      )}
    </section>
  );
}

function Queries({ report, lang }: { report: ProblemReport; lang: UiLanguage }) {
  const t = translator(lang);
  return (
    <section class="report-section" data-testid="report-queries">
      <h2>{t('report.queries')}</h2>
      {report.queries.length === 0 ? (
        <p class="empty">{t('report.noQueries')}</p>
      ) : (
        <table class="report-table">
          <thead>
            <tr>
              <th>{t('report.queryWhen')}</th>
              <th>{t('report.queryWhere')}</th>
              <th>{t('report.queryWhat')}</th>
              <th>{t('report.queryRows')}</th>
              <th>{t('report.queryPages')}</th>
            </tr>
          </thead>
          <tbody>
            {report.queries.map((q) => (
              <tr key={`${q.at}-${q.what.zh}`} data-testid="report-query">
                <td class="nowrap">{formatChinaTime(q.at)}</td>
                <td>{say(q.where, lang)}</td>
                <td>{say(q.what, lang)}</td>
                <td>{say(q.rows, lang)}</td>
                <td>{say(q.pages, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Attachments({ report, lang }: { report: ProblemReport; lang: UiLanguage }) {
  const t = translator(lang);
  return (
    <section class="report-section" data-testid="report-attachments">
      <h2>{t('report.attachments')}</h2>
      {report.attachments.length === 0 ? (
        <p class="empty">{t('report.noAttachments')}</p>
      ) : (
        <table class="report-table">
          <thead>
            <tr>
              <th>{t('report.fileName')}</th>
              <th>{t('report.fileSize')}</th>
              <th>{t('report.fileSha')}</th>
              <th>{t('report.fileSaved')}</th>
            </tr>
          </thead>
          <tbody>
            {report.attachments.map((a) => (
              <tr key={a.sha256} data-testid="report-attachment">
                <td>{a.name}</td>
                <td class="nowrap">{a.size}</td>
                <td class="mono">{a.sha256}</td>
                <td class="nowrap">{formatChinaTime(a.addedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The report as an A4 page: everything comes from the ProblemReport, so it renders the same in tests and in print. */
export function ReportView({ report, lang }: { report: ProblemReport; lang: UiLanguage }) {
  const t = translator(lang);
  const v = report.verification;
  return (
    <main class="report" data-testid="report-page">
      <header class="report-head">
        <div>
          <h1>{t('report.title')}</h1>
          <p class="meta">
            <span class="mono">{report.key}</span> · <span class={`pill ${report.status}`}>{say(statusText(report.status), lang)}</span> ·{' '}
            {t('report.madeAt', { at: formatChinaTime(report.createdAt) })}
          </p>
        </div>
        <button type="button" class="no-print" data-testid="report-print" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </header>

      <section class="report-section" data-testid="report-facts">
        <h2>{t('report.facts')}</h2>
        <dl class="facts">
          {report.facts.map((f) => (
            <div key={f.label.zh}>
              <dt>{say(f.label, lang)}</dt>
              <dd>{say(f.value, lang)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <Queries report={report} lang={lang} />
      <Findings report={report} lang={lang} />

      <section class="report-section" data-testid="report-verification">
        <h2>{t('report.verification')}</h2>
        <p>
          {say(v.text, lang)}
          {v.at !== null && ` · ${formatChinaTime(v.at)}`}
        </p>
        {v.at === null && (
          <p class="hint">
            {t('report.verifyAt')}
            <a href={v.url} target="_blank" rel="noreferrer">
              {v.url}
            </a>
          </p>
        )}
      </section>

      <section class="report-section" data-testid="report-steps">
        <h2>{t('report.steps')}</h2>
        {report.steps.length === 0 ? (
          <p class="empty">{t('report.noSteps')}</p>
        ) : (
          <ol class="steps">
            {report.steps.map((s, i) => (
              <li key={i}>
                <span class="nowrap when">{formatChinaTime(s.at)}</span> {say(s.text, lang)}
              </li>
            ))}
          </ol>
        )}
      </section>

      <Attachments report={report} lang={lang} />

      <section class="report-section texts" data-testid="report-texts">
        <h2>{t('report.texts')}</h2>
        <TextToCopy name="seller" title={t('report.toSeller')} text={sellerText(report, lang)} lang={lang} />
        <TextToCopy
          name="12366"
          title={t('report.to12366')}
          text={report12366Text(report, lang)}
          lang={lang}
        />
      </section>
    </main>
  );
}
