import { useRef, useState } from 'preact/hooks';
import type { ExpectedInvoice, Problem } from '@/utils/invoice/model';
import { changedFields, draftOf, type EditDraft, type ListEditField } from '@/utils/list/edit-draft';
import type { Undo } from '@/utils/messages';
import { both, inBoth } from '@/utils/i18n/t';
import { isFailure, sendMessage } from '@/utils/send-message';
import { say, type BilingualText } from '@/utils/ui-text';
import type { ToastMessage } from './Toast';

/** The row being edited in place: what the user typed and what the background said about it. */
export interface Editing {
  key: string;
  draft: EditDraft;
  problems: Problem[];
  busy: boolean;
}

/**
 * Remove, edit in place, and taking either back. Each change is told by a toast; one that can be undone carries
 * 撤销. `onChanged` refetches the list; `onError` shows what the background refused.
 */
export function useRowActions({ onChanged, onError }: { onChanged: () => void; onError: (problems: Problem[]) => void }) {
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const toasts = useRef(0);
  const show = (text: BilingualText, undo?: () => void) => setToast({ id: ++toasts.current, text, ...(undo ? { undo } : {}) });

  async function undoRemove(key: string): Promise<void> {
    const answer = await sendMessage({ type: 'expected:undo-remove', key });
    if (isFailure(answer)) return onError(answer.problems);
    show(both('list.restored', { key: answer.invoice.key }));
    onChanged();
  }

  /** False when the background refused (its problems are shown). */
  async function remove(key: string): Promise<boolean> {
    const answer = await sendMessage({ type: 'expected:remove', key });
    if (isFailure(answer)) {
      onError(answer.problems);
      return false;
    }
    if (editing?.key === key) setEditing(null);
    show(both('list.removed', { key }), answer.undoable ? () => void undoRemove(key) : undefined);
    onChanged();
    return true;
  }

  async function undoEdit(undo: Undo): Promise<void> {
    const answer = await sendMessage({ type: 'expected:edit', ...undo });
    if (isFailure(answer)) return onError(answer.problems);
    show(both('list.undone', { key: answer.invoice.key }));
    onChanged();
  }

  /** Saves what changed; false when the background refused it (its problems then show under their fields). */
  async function save(invoice: ExpectedInvoice): Promise<boolean> {
    if (!editing || editing.busy) return false;
    const fields = changedFields(invoice, editing.draft);
    if (!Object.keys(fields).length) {
      setEditing(null);
      show(both('list.unchanged'));
      return true;
    }
    setEditing({ ...editing, busy: true });
    const answer = await sendMessage({ type: 'expected:edit', key: invoice.key, fields });
    if (isFailure(answer)) {
      setEditing((e) => e && { ...e, busy: false, problems: answer.problems });
      return false;
    }
    setEditing(null);
    // Saved, with what still deserves a look (a date after today, a seller tax ID that looks wrong).
    const saved = inBoth((t, lang) => [t('list.saved', { key: answer.invoice.key }), ...answer.warnings.map((w) => say(w, lang))].join(t('common.clauseSeparator')));
    show(saved, () => void undoEdit(answer.undo));
    onChanged();
    return true;
  }

  return {
    toast,
    dismissToast: () => setToast(null),
    editing,
    remove,
    save,
    startEdit: (invoice: ExpectedInvoice) => setEditing({ key: invoice.key, draft: draftOf(invoice), problems: [], busy: false }),
    changeDraft: (field: ListEditField, value: string) => setEditing((e) => e && { ...e, draft: { ...e.draft, [field]: value } }),
    cancelEdit: () => setEditing(null),
  };
}
