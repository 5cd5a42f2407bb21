import type { ComponentChildren } from 'preact';
import { VERDICT_NAMES } from '@/utils/diagnose/labels';
import type { Finding } from '@/utils/diagnose/types';
import { translator } from '@/utils/i18n/t';
import { say, type UiLanguage } from '@/utils/ui-text';

/** The part of a next step that is more than its text: a link, a copy button, or a machine-readable time. */
function ActionHint({ finding, lang }: { finding: Finding; lang: UiLanguage }) {
  const action = finding.next?.action;
  switch (action?.kind) {
    case 'recheck-at':
      return <time data-testid="recheck-at" dateTime={new Date(action.at).toISOString()} />;
    case 'open-url':
      return (
        <a class="action" href={action.url} target="_blank" rel="noreferrer">
          {translator(lang)('finding.open')}
        </a>
      );
    case 'copy-text':
      return (
        <button class="action secondary" type="button" data-testid="copy-text" onClick={() => void navigator.clipboard.writeText(say(action.text, lang))}>
          {translator(lang)('finding.copyText')}
        </button>
      );
    default:
      return null;
  }
}

/** Optional controls under one finding (e.g. recording a 查验 result); null for none. */
export type FindingExtra = (finding: Finding) => ComponentChildren;

function FindingItem({ finding: f, lang, extra }: { finding: Finding; lang: UiLanguage; extra?: FindingExtra }) {
  return (
    <li class={`finding verdict-${f.verdict}`} data-testid="finding" data-check={f.id} data-verdict={f.verdict}>
      <div class="finding-head">
        <span class="verdict">{say(VERDICT_NAMES[f.verdict], lang)}</span>
        <strong class="title">{say(f.title, lang)}</strong>
      </div>
      <p class="evidence">{say(f.evidence, lang)}</p>
      {f.next && (
        <p class="next">
          {say(f.next.text, lang)} <ActionHint finding={f} lang={lang} />
        </p>
      )}
      {extra?.(f)}
    </li>
  );
}

/**
 * The cause first and the rest folded: the open questions the user could act on (待确认) are shown only while no
 * cause is known; everything else stays available as evidence, folded, except what `keepOpen` holds in view.
 */
export function FindingList({ findings, lang, extra, keepOpen }: { findings: Finding[]; lang: UiLanguage; extra?: FindingExtra; keepOpen?: (f: Finding) => boolean }) {
  const known = findings.some((f) => f.verdict === 'cause');
  const shown = (f: Finding) => f.verdict === 'cause' || keepOpen?.(f) === true || (!known && f.verdict === 'unknown' && f.next !== undefined);
  const open = findings.filter(shown);
  const ruledOut = findings.filter((f) => !shown(f));
  return (
    <div class="findings">
      <ol>
        {open.map((f) => (
          <FindingItem key={f.id} finding={f} lang={lang} extra={extra} />
        ))}
      </ol>
      {ruledOut.length > 0 && (
        <details class="ruled-out" data-testid="ruled-out">
          <summary>{translator(lang)(known ? 'finding.otherChecksWithOpen' : 'finding.otherChecks', { n: ruledOut.length })}</summary>
          <ol>
            {ruledOut.map((f) => (
              <FindingItem key={f.id} finding={f} lang={lang} extra={extra} />
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
