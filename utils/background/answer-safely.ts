import type { Answer, Request } from '../messages';
import { storeProblem } from '../store/store-errors';

/**
 * Runs a handler so that every failure reaches the sender as a Failure in its words (a full disk, a database from a
 * newer version), never as a rejected promise the page shows as "no answer".
 */
export async function answerSafely(handle: () => Promise<Answer<Request['type']>>): Promise<Answer<Request['type']>> {
  try {
    return await handle();
  } catch (error) {
    console.error('fapiao-watch: message failed', error);
    return { ok: false, problems: [storeProblem(error)] };
  }
}
