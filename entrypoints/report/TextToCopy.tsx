import { useState } from 'preact/hooks';
import { translator } from '@/utils/i18n/t';
import type { UiLanguage } from '@/utils/ui-text';

type CopyState = 'idle' | 'copied' | 'failed';

/** One text to paste elsewhere, shown in full (it prints too) with a copy button that says whether it worked. */
export function TextToCopy({ name, title, text, lang }: { name: string; title: string; text: string; lang: UiLanguage }) {
  const t = translator(lang);
  const [state, setState] = useState<CopyState>('idle');
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  return (
    <div class="copy-block">
      <div class="copy-head">
        <h3>{title}</h3>
        <span class="no-print">
          <button type="button" class="secondary" data-testid={`report-copy-${name}`} onClick={() => void copy()}>
            {t('report.copy')}
          </button>
          {state === 'copied' && <span class="copied">{t('report.copied')}</span>}
          {state === 'failed' && <span class="copy-failed">{t('report.copyFailed')}</span>}
        </span>
      </div>
      <pre data-testid={`report-${name}-text`}>{text}</pre>
    </div>
  );
}
