import { useState } from 'preact/hooks';
import type { UiLanguage } from '@/utils/ui-text';

type CopyState = 'idle' | 'copied' | 'failed';

/** One text to paste elsewhere, shown in full (it prints too) with a copy button that says whether it worked. */
export function TextToCopy({ name, title, text, lang }: { name: string; title: string; text: string; lang: UiLanguage }) {
  const zh = lang === 'zh';
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
            {zh ? '复制' : 'Copy'}
          </button>
          {state === 'copied' && <span class="copied">{zh ? '已复制' : 'Copied'}</span>}
          {state === 'failed' && <span class="copy-failed">{zh ? '复制失败，请选中文本手动复制' : 'Copy failed; select the text and copy it'}</span>}
        </span>
      </div>
      <pre data-testid={`report-${name}-text`}>{text}</pre>
    </div>
  );
}
