/** Delivery of one portal answer to the background: kept until acknowledged, so a stopped worker loses nothing. */

/** storage.local key prefix the background drains at start (utils/background/pending-answers.ts says the same). */
const PENDING_PREFIX = 'answer:';

export interface DeliveryDeps<M = unknown> {
  /** storage.local: survives the worker stopping, the extension updating and the browser being killed. */
  storage: { set(items: Record<string, unknown>): Promise<void>; remove(keys: string[]): Promise<void> };
  /** Never rejects: a background that is gone answers a Failure coded `background-unreachable`. */
  send: (message: M) => Promise<unknown>;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

export type Delivery = 'delivered' | 'refused' | 'queued';

/** Tries within about 8 s; after that the answer waits in storage for the background's next start. */
const BACKOFF_MS = [250, 500, 1000, 2000, 4000];

function unreachable(answer: unknown): boolean {
  if (answer === undefined || answer === null) return true;
  const problems = (answer as { problems?: Array<{ code?: unknown }> }).problems;
  // A gone worker, or a store that could not take it now (blocked upgrade, full disk): both pass; keep it and retry.
  return (answer as { ok?: unknown }).ok === false && Array.isArray(problems) && problems.some((p) => p.code === 'background-unreachable' || String(p.code).startsWith('store-'));
}

const keyOf = (message: { answerId: string }) => `${PENDING_PREFIX}${message.answerId}`;

/**
 * Keeps `message` in storage at once, before its turn to be sent comes: a tab closed while earlier answers are still
 * being delivered loses nothing, as the background stores what is queued when it starts. A full storage must not
 * stop the live delivery: the queue is the fallback, not the path.
 */
export async function queueAnswer<M extends { answerId: string }>(message: M, deps: Pick<DeliveryDeps<M>, 'storage' | 'now'>): Promise<void> {
  await deps.storage.set({ [keyOf(message)]: { queuedAt: deps.now(), message } }).catch(() => undefined);
}

/**
 * Sends a queued `message` (with its `answerId`) until the background acknowledges it, backing off between tries,
 * and removes it from the queue once acknowledged or refused; an answer the worker never acknowledged stays, and the
 * background stores it when it starts again (idempotent by answer id, so twice is once).
 */
export async function deliverAnswer<M extends { answerId: string }>(message: M, deps: DeliveryDeps<M>): Promise<Delivery> {
  const key = keyOf(message);
  for (let attempt = 0; ; attempt++) {
    const answer = await deps.send(message);
    if (!unreachable(answer)) {
      await deps.storage.remove([key]).catch(() => undefined);
      return (answer as { ok?: unknown }).ok === true ? 'delivered' : 'refused';
    }
    const wait = BACKOFF_MS[attempt];
    if (wait === undefined) return 'queued';
    await deps.sleep(wait);
  }
}
