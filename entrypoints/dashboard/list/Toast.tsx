import { useEffect, useRef, useState } from 'preact/hooks';
import { translator } from '@/utils/i18n/t';
import { say, type BilingualText, type UiLanguage } from '@/utils/ui-text';

export interface ToastMessage {
  /** New for every toast, so a second toast restarts the timer even with the same text. */
  id: number;
  text: BilingualText;
  undo?: () => void;
}

/** How long a toast stays: long enough to reach its 撤销 by keyboard. */
const SHOW_MS = 10_000;

/**
 * A short note after a change, with 撤销 when it can be taken back. It stays while the pointer or the focus is on
 * it, and it sits in the tab order right after the list.
 */
export function Toast({ toast, lang, onDone }: { toast: ToastMessage | null; lang: UiLanguage; onDone: () => void }) {
  const [held, setHeld] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const t = translator(lang);
  // A new toast starts its own ten seconds, whatever held the one before.
  useEffect(() => setHeld(false), [toast?.id]);
  useEffect(() => {
    if (!toast || held) return;
    const timer = setTimeout(onDone, SHOW_MS);
    return () => clearTimeout(timer);
  }, [toast?.id, held]);
  // The live region stays in the page so a screen reader hears each new text.
  return (
    <div
      class="toast-region"
      role="status"
      aria-live="polite"
      ref={box}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocusCapture={() => setHeld(true)}
      onBlurCapture={(e) => setHeld(box.current?.contains(e.relatedTarget as Node | null) ?? false)}
    >
      {toast && (
        <div class="toast" data-testid="toast" key={toast.id}>
          <span>{say(toast.text, lang)}</span>
          {toast.undo && (
            <button
              type="button"
              class="link"
              data-testid="undo"
              onClick={() => {
                setHeld(false);
                toast.undo?.();
              }}
            >
              {t('list.undo')}
            </button>
          )}
          <button type="button" class="link dismiss" aria-label={t('list.dismiss')} onClick={onDone}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
