import { isFailure } from '../is-failure';
import type { Answer, Request } from '../messages';

/** storage.local keys under which a content script keeps each portal answer until the background has stored it. */
export const PENDING_ANSWER_PREFIX = 'answer:';

/** Answers older than this are dropped unread: the page they came from is long gone, and the portal has moved on. */
export const PENDING_MAX_AGE_MS = 7 * 86_400_000;

export interface PendingStorage {
  get(keys: null): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
}

interface Queued {
  queuedAt?: unknown;
  message?: unknown;
}

/**
 * Stores the answers content scripts queued but whose delivery never got an acknowledgement (the worker stopped, the
 * extension updated, the browser was killed): each goes through the same handler as a live message, oldest first;
 * writes are idempotent by answer id, so one delivered meanwhile is not stored twice. Returns how many were handled.
 */
export async function drainPendingAnswers(storage: PendingStorage, handle: (message: unknown) => Promise<Answer<Request['type']>>, now: number): Promise<number> {
  const all = await storage.get(null);
  const queued = Object.entries(all)
    .filter(([key]) => key.startsWith(PENDING_ANSWER_PREFIX))
    .map(([key, value]) => ({ key, value: value as Queued }))
    .sort((a, b) => Number(a.value.queuedAt ?? 0) - Number(b.value.queuedAt ?? 0));
  let handled = 0;
  for (const { key, value } of queued) {
    const fresh = typeof value.queuedAt === 'number' && now - value.queuedAt < PENDING_MAX_AGE_MS;
    // A message the handler refuses (malformed, from an older version) is dropped, not retried for ever.
    if (fresh) {
      const answer = await handle(value.message);
      // The store could not take it now (blocked, full): it stays for the next start.
      if (isFailure(answer) && answer.problems.some((p) => p.code.startsWith('store-'))) continue;
      handled++;
    }
    await storage.remove([key]);
  }
  return handled;
}
