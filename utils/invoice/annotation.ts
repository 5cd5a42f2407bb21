import { z } from 'zod';
import { IsoDate, Millis } from './model';

/** What the finance user decided about an invoice, whatever the portal shows. */
export const USER_STATUSES = ['pending', 'confirmed', 'void'] as const;
export const UserStatus = z.enum(USER_STATUSES);
export type UserStatus = z.infer<typeof UserStatus>;

export const ANNOTATION_LIMITS = { note: 2000, ticket: 40 } as const;

/** A 12366 report the user filed: its ticket number and when to ask again. */
export const Ticket = z.object({
  number: z.string().trim().min(1).max(ANNOTATION_LIMITS.ticket),
  /** China date to follow up on; a reminder is raised that day. */
  followUp: IsoDate.nullable(),
});
export type Ticket = z.infer<typeof Ticket>;

/** The user's own notes on one invoice, kept beside it (never sent anywhere). */
export const Annotation = z.object({
  key: z.string().min(1).max(64),
  note: z.string().max(ANNOTATION_LIMITS.note).default(''),
  userStatus: UserStatus.nullable().default(null),
  ticket: Ticket.nullable().default(null),
  updatedAt: Millis,
});
export type Annotation = z.infer<typeof Annotation>;
