import { VERDICT_NAMES } from '@/utils/diagnose/labels';
import type { Finding } from '@/utils/diagnose/types';
import type { ProblemReport } from '@/utils/export/report/problem-report';
import { report12366Text, sellerText } from '@/utils/export/report/report-texts';
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
  const zh = lang === 'zh';
  const { causes, unknowns, ruledOut } = report.findings;
  return (
    <section class="report-section" data-testid="report-findings">
      <h2>{zh ? '诊断结果' : 'Diagnosis'}</h2>
      {causes.length + unknowns.length === 0 && <p class="empty">{zh ? '没有找到原因，也没有待确认的问题。' : 'No cause and no open question.'}</p>}
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
          {zh ? `已排除 ${ruledOut.length} 项：` : `${ruledOut.length} ruled out: `}
          {ruledOut.map((f) => say(f.title, lang)).join(zh ? '、' : ', ')}
        </p>
      )}
    </section>
  );
}

function Queries({ report, lang }: { report: ProblemReport; lang: UiLanguage }) {
  const zh = lang === 'zh';
  return (
    <section class="report-section" data-testid="report-queries">
      <h2>{zh ? '已做的查询（北京时间，最近的在前）' : 'Queries made (China time, latest first)'}</h2>
      {report.queries.length === 0 ? (
        <p class="empty">{zh ? '还没有能列出这张发票的查询。' : 'No query that could list this invoice yet.'}</p>
      ) : (
        <table class="report-table">
          <thead>
            <tr>
              <th>{zh ? '时间' : 'When'}</th>
              <th>{zh ? '页面' : 'Where'}</th>
              <th>{zh ? '查询条件' : 'Query'}</th>
              <th>{zh ? '条数' : 'Rows'}</th>
              <th>{zh ? '页码' : 'Pages'}</th>
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
  const zh = lang === 'zh';
  return (
    <section class="report-section" data-testid="report-attachments">
      <h2>{zh ? '原始文件' : 'Original files'}</h2>
      {report.attachments.length === 0 ? (
        <p class="empty">{zh ? '没有保存原始文件。' : 'No original file kept.'}</p>
      ) : (
        <table class="report-table">
          <thead>
            <tr>
              <th>{zh ? '文件名' : 'Name'}</th>
              <th>{zh ? '大小' : 'Size'}</th>
              <th>{zh ? 'SHA-256（前 12 位）' : 'SHA-256 (first 12)'}</th>
              <th>{zh ? '保存时间' : 'Saved'}</th>
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
  const zh = lang === 'zh';
  const v = report.verification;
  return (
    <main class="report" data-testid="report-page">
      <header class="report-head">
        <div>
          <h1>{zh ? '发票问题报告' : 'Invoice problem report'}</h1>
          <p class="meta">
            <span class="mono">{report.key}</span> · <span class={`pill ${report.status}`}>{say(statusText(report.status), lang)}</span> ·{' '}
            {zh ? `生成于 ${formatChinaTime(report.createdAt)}（北京时间）` : `made ${formatChinaTime(report.createdAt)} (China time)`}
          </p>
        </div>
        <button type="button" class="no-print" data-testid="report-print" onClick={() => window.print()}>
          {zh ? '打印 / 存为 PDF' : 'Print / save as PDF'}
        </button>
      </header>

      <section class="report-section" data-testid="report-facts">
        <h2>{zh ? '发票信息' : 'Invoice'}</h2>
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
        <h2>{zh ? '全国增值税发票查验' : 'National invoice verification (查验)'}</h2>
        <p>
          {say(v.text, lang)}
          {v.at !== null && ` · ${formatChinaTime(v.at)}`}
        </p>
        {v.at === null && (
          <p class="hint">
            {zh ? '查验网址：' : 'Verify at: '}
            <a href={v.url} target="_blank" rel="noreferrer">
              {v.url}
            </a>
          </p>
        )}
      </section>

      <section class="report-section" data-testid="report-steps">
        <h2>{zh ? '已尝试的步骤（北京时间）' : 'Steps already tried (China time)'}</h2>
        {report.steps.length === 0 ? (
          <p class="empty">{zh ? '没有记录。' : 'Nothing recorded.'}</p>
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
        <h2>{zh ? '可复制的文本' : 'Texts to copy'}</h2>
        <TextToCopy name="seller" title={zh ? '发给销售方（微信 / QQ）' : 'To the seller (WeChat / QQ)'} text={sellerText(report, lang)} lang={lang} />
        <TextToCopy
          name="12366"
          title={zh ? '向 12366 反映（电话或电子税务局「征纳互动」）' : 'To 12366 (phone, or 征纳互动 on the e-tax portal)'}
          text={report12366Text(report, lang)}
          lang={lang}
        />
      </section>
    </main>
  );
}
