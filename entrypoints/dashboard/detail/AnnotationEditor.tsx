import { useEffect, useId, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { USER_STATUS_NAMES } from '@/utils/diagnose/labels';
import { translator } from '@/utils/i18n/t';
import { ANNOTATION_LIMITS, USER_STATUSES, type Annotation } from '@/utils/invoice/annotation';
import type { Problem } from '@/utils/invoice/model';
import { isFailure, sendMessage } from '@/utils/send-message';
import { say, type UiLanguage } from '@/utils/ui-text';
import { annotationFromForm, formFieldOf, formOf, type AnnotationForm, type FormField } from './annotation-form';

interface Props {
  invoiceKey: string;
  annotation: Annotation | null;
  lang: UiLanguage;
  /** After a save the background accepted. */
  onSaved: () => void;
  /** Whether the form holds changes not saved, so closing can ask first. */
  onDirty: (dirty: boolean) => void;
}

function sameForm(a: AnnotationForm, b: AnnotationForm): boolean {
  return a.note === b.note && a.userStatus === b.userStatus && a.ticket === b.ticket && a.followUp === b.followUp;
}

/** `field` names the form field the problems are shown under; without it each keeps its own (`message`…). */
function FieldErrors({ problems, field, id, lang }: { problems: Problem[]; field?: FormField; id: string; lang: UiLanguage }) {
  if (!problems.length) return null;
  return (
    <ul class="problems error field-errors" id={id} role="alert">
      {problems.map((p, i) => (
        <li key={i} data-testid="field-error" data-field={field ?? p.field} data-code={p.code}>
          {say(p, lang)}
        </li>
      ))}
    </ul>
  );
}

/** The note, the user's own status and a 12366 ticket: one form, saved through the background. */
export function AnnotationEditor({ invoiceKey, annotation, lang, onSaved, onDirty }: Props) {
  const id = useId();
  const t = translator(lang);
  const [saved, setSaved] = useState(() => formOf(annotation));
  const [form, setForm] = useState(saved);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const dirty = !sameForm(form, saved);
  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  const fieldProblems = (field: FormField) => problems.filter((p) => formFieldOf(p.field) === field);
  const otherProblems = problems.filter((p) => formFieldOf(p.field) === null);
  const set = (field: FormField, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setState('idle');
  };

  async function save(e: Event): Promise<void> {
    e.preventDefault();
    const built = annotationFromForm(invoiceKey, form);
    if ('problems' in built) return setProblems(built.problems);
    setState('saving');
    const answer = await sendMessage({ type: 'annotation:set', annotation: built.annotation });
    if (isFailure(answer)) {
      setState('idle');
      return setProblems(answer.problems);
    }
    const stored = formOf(answer.annotation);
    setProblems([]);
    setSaved(stored);
    setForm(stored);
    setState('saved');
    onSaved();
  }

  /** A labelled control with its problems right under it, tied to it for screen readers. */
  const field = (name: FormField, control: (describedBy: string | undefined, invalid: boolean) => ComponentChildren, hint?: string) => {
    const own = fieldProblems(name);
    const errorsId = `${id}-${name}-errors`;
    return (
      <div class={`detail-field${own.length ? ' invalid' : ''}`}>
        <label for={`${id}-${name}`}>{t(`detail.${name}`)}</label>
        {control(own.length ? errorsId : undefined, own.length > 0)}
        {hint && <span class="hint">{hint}</span>}
        <FieldErrors problems={own} field={name} id={errorsId} lang={lang} />
      </div>
    );
  };

  return (
    <form class="detail-annotation" onSubmit={(e) => void save(e)} noValidate>
      {field('note', (describedBy, invalid) => (
        <textarea
          id={`${id}-note`}
          data-testid="detail-note"
          rows={3}
          maxLength={ANNOTATION_LIMITS.note}
          value={form.note}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onInput={(e) => set('note', e.currentTarget.value)}
        />
      ))}
      <div class="detail-row">
        {field('userStatus', (describedBy, invalid) => (
          <select
            id={`${id}-userStatus`}
            data-testid="detail-user-status"
            value={form.userStatus}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => set('userStatus', e.currentTarget.value)}
          >
            {(['', ...USER_STATUSES] as const).map((s) => (
              <option key={s} value={s}>
                {s ? say(USER_STATUS_NAMES[s], lang) : t('detail.userStatusNone')}
              </option>
            ))}
          </select>
        ))}
        {field('ticket', (describedBy, invalid) => (
          <input
            id={`${id}-ticket`}
            data-testid="detail-ticket"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={ANNOTATION_LIMITS.ticket}
            value={form.ticket}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onInput={(e) => set('ticket', e.currentTarget.value)}
          />
        ))}
        {field(
          'followUp',
          (describedBy, invalid) => (
            <input
              id={`${id}-followUp`}
              data-testid="detail-follow-up"
              type="date"
              value={form.followUp}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onInput={(e) => set('followUp', e.currentTarget.value)}
            />
          ),
          t('detail.followUpHint'),
        )}
      </div>
      <FieldErrors problems={otherProblems} id={`${id}-form-errors`} lang={lang} />
      <div class="form-actions">
        <button type="submit" data-testid="detail-save" disabled={state === 'saving'}>
          {t(state === 'saving' ? 'detail.saving' : 'detail.save')}
        </button>
        <span class="ok" role="status" data-testid={state === 'saved' ? 'detail-saved' : undefined}>
          {state === 'saved' ? t('detail.saved') : ''}
        </span>
      </div>
    </form>
  );
}
