import { useEffect, useRef } from 'preact/hooks';
import type { Undo } from '@/utils/messages';
import { fieldLabel } from '@/utils/invoice/field-names';
import { translator } from '@/utils/i18n/t';
import { say, type UiLanguage } from '@/utils/ui-text';

/** A fix just applied: which invoice, what it became, and the edit that takes it back. */
export interface Done {
  key: string;
  field: string;
  value: string;
  undo: Undo;
}

/** Confirms a one-click fix where the row was, since the fixed row itself may leave the list. */
export function UndoToast({ done, lang, onUndo, onClose }: { done: Done; lang: UiLanguage; onUndo: (undo: Undo) => void; onClose: () => void }) {
  const undoButton = useRef<HTMLButtonElement>(null);
  const t = translator(lang);
  // Focus goes to the undo, so a keyboard user can take the change back at once.
  useEffect(() => undoButton.current?.focus(), [done]);
  return (
    <div class="toast" role="status" data-testid="toast" data-key={done.key}>
      <span>{t('popup.fixed', { key: done.key, field: say(fieldLabel(done.field), lang), value: done.value })}</span>
      <button ref={undoButton} type="button" class="secondary" data-testid="undo" onClick={() => onUndo(done.undo)}>
        {t('popup.undo')}
      </button>
      <button type="button" class="link" aria-label={t('popup.close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
