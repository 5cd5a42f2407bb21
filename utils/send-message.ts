import { browser } from 'wxt/browser';
import type { Answer, Failure, Request } from './messages';

export type { Answer, Failure };
export { isFailure } from './is-failure';


function unreachable(error: unknown): Failure {
  return {
    ok: false,
    problems: [
      {
        code: 'background-unreachable',
        field: 'message',
        zh: `扩展后台没有响应，请关闭本页后重试（${String(error)}）。`,
        en: `The extension's background did not answer; close this page and try again (${String(error)}).`,
      },
    ],
  };
}

/** Typed wrapper: never rejects; a background that throws or is gone comes back as a Failure with a clear message. */
export async function sendMessage<T extends Request['type']>(message: Extract<Request, { type: T }>): Promise<Answer<T>> {
  try {
    const answer: unknown = await browser.runtime.sendMessage(message);
    return answer === undefined ? unreachable('no answer') : (answer as Answer<T>);
  } catch (error) {
    return unreachable(error);
  }
}
