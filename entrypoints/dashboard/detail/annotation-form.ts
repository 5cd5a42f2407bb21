import { DATE_RE } from '@/utils/invoice/formats';
import { both, type MessageKey } from '@/utils/i18n/t';
import type { Annotation, UserStatus } from '@/utils/invoice/annotation';
import type { Problem } from '@/utils/invoice/model';
import type { RequestOf } from '@/utils/messages';

/** The detail's form as typed: every value a string, `''` for "none". */
export interface AnnotationForm {
  note: string;
  userStatus: UserStatus | '';
  ticket: string;
  followUp: string;
}
export type FormField = keyof AnnotationForm;

export type AnnotationMessage = RequestOf<'annotation:set'>['annotation'];

export function formOf(a: Annotation | null): AnnotationForm {
  return { note: a?.note ?? '', userStatus: a?.userStatus ?? '', ticket: a?.ticket?.number ?? '', followUp: a?.ticket?.followUp ?? '' };
}

/** The form's own refusals, before anything is sent; a Problem carries both languages. */
const FORM_PROBLEMS = {
  'follow-up-without-ticket': 'detail.followUpWithoutTicket',
  'follow-up-date': 'detail.followUpDate',
} as const satisfies Record<string, MessageKey>;

function problem(code: keyof typeof FORM_PROBLEMS, field: FormField): Problem {
  return { code, field, ...both(FORM_PROBLEMS[code]) };
}

/**
 * The message to send, or every problem at once. A ticket without a follow-up date is fine (the user may not know
 * yet); a follow-up date without a ticket has nothing to follow up, and the stored ticket could not hold it.
 */
export function annotationFromForm(key: string, form: AnnotationForm): { annotation: AnnotationMessage } | { problems: Problem[] } {
  const number = form.ticket.trim();
  const followUp = form.followUp.trim();
  const problems: Problem[] = [];
  if (followUp && !number) problems.push(problem('follow-up-without-ticket', 'followUp'));
  else if (followUp && !DATE_RE.test(followUp)) problems.push(problem('follow-up-date', 'followUp'));
  if (problems.length) return { problems };
  return {
    annotation: {
      key,
      note: form.note,
      userStatus: form.userStatus || null,
      ticket: number ? { number, followUp: followUp || null } : null,
    },
  };
}

/** The form field a background problem concerns (`ticket.followUp`, `ticket.number`…); null for the form as a whole. */
export function formFieldOf(problemField: string): FormField | null {
  const path = problemField.replace(/^annotation\./, '');
  if (path.endsWith('followUp')) return 'followUp';
  if (path.startsWith('ticket')) return 'ticket';
  return path === 'note' || path === 'userStatus' ? path : null;
}
