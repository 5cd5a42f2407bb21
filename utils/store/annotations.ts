import type { Annotation } from '../invoice/annotation';
import type { ActivityKind } from '../invoice/model';
import { newActivity } from './activity';
import type { FapiaoDB } from './db';
import { allOrNothing } from './repository';

/** What changed, as history entries: the note's first words, the new status, the ticket and its follow-up date. */
function changes(before: Annotation | undefined, after: Annotation): Array<[ActivityKind, string]> {
  const out: Array<[ActivityKind, string]> = [];
  if ((before?.note ?? '') !== after.note) out.push(['noted', after.note.slice(0, 200)]);
  if ((before?.userStatus ?? null) !== after.userStatus) out.push(['user-status', after.userStatus ?? 'none']);
  const ticket = (a: Annotation | undefined) => (a?.ticket ? `${a.ticket.number}${a.ticket.followUp ? ` → ${a.ticket.followUp}` : ''}` : '');
  if (ticket(before) !== ticket(after)) out.push(['ticket', ticket(after) || 'none']);
  return out;
}

/** Stores the user's notes on an invoice, each change in its history; 'absent' when the invoice is not stored. */
export async function putAnnotation(db: FapiaoDB, annotation: Annotation): Promise<'saved' | 'absent'> {
  const tx = db.transaction(['expected', 'annotations', 'activity'], 'readwrite');
  if ((await tx.objectStore('expected').getKey(annotation.key)) === undefined) {
    await tx.done;
    return 'absent';
  }
  const store = tx.objectStore('annotations');
  const before = await store.get(annotation.key);
  const activity = tx.objectStore('activity');
  await allOrNothing(tx, [
    store.put(annotation),
    ...changes(before, annotation).map(([kind, detail]) => activity.add(newActivity(annotation.key, kind, annotation.updatedAt, detail))),
  ]);
  return 'saved';
}

export async function annotationsOf(db: FapiaoDB): Promise<Annotation[]> {
  return db.getAll('annotations');
}
