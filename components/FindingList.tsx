import type { Finding } from '@/utils/diagnose/types';
import { formatChinaTime, say, type UiLanguage } from '@/utils/ui-text';

const VERDICT_TEXT = {
  cause: { zh: '原因', en: 'Cause' },
  unknown: { zh: '待确认', en: 'Unknown' },
  ok: { zh: '已排除', en: 'Ruled out' },
} as const;

function ActionHint({ finding, lang }: { finding: Finding; lang: UiLanguage }) {
  const action = finding.next?.action;
  if (!action) return null;
  switch (action.kind) {
    case 'recheck-at':
      return <span class="action" data-testid="recheck-at">{formatChinaTime(action.at)}</span>;
    case 'open-url':
      return (
        <a class="action" href={action.url} target="_blank" rel="noreferrer">
          {lang === 'zh' ? '打开' : 'Open'}
        </a>
      );
    case 'copy-text':
      return (
        <button class="action" type="button" data-testid="copy-text" onClick={() => void navigator.clipboard.writeText(say(action.text, lang))}>
          {lang === 'zh' ? '复制文本' : 'Copy text'}
        </button>
      );
    case 'fix-field':
      return <code class="action">{action.value}</code>;
    case 'widen-query':
      return (
        <span class="action">
          {[action.direction === 'received' ? '取得发票' : action.direction === 'issued' ? '开具发票' : '', action.dateFrom, action.dateTo]
            .filter(Boolean)
            .join(' · ')}
        </span>
      );
  }
}

/** Findings in the order the user should act on them, each with its evidence and next step. */
export function FindingList({ findings, lang }: { findings: Finding[]; lang: UiLanguage }) {
  return (
    <ol class="findings">
      {findings.map((f) => (
        <li key={f.id} class={`finding verdict-${f.verdict}`} data-testid="finding" data-check={f.id} data-verdict={f.verdict}>
          <div class="finding-head">
            <span class="verdict">{say(VERDICT_TEXT[f.verdict], lang)}</span>
            <strong>{say(f.title, lang)}</strong>
          </div>
          <p class="evidence">{say(f.evidence, lang)}</p>
          {f.next && (
            <p class="next">
              {say(f.next.text, lang)} <ActionHint finding={f} lang={lang} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
