import { browser } from 'wxt/browser';
import type { Request, ResponseMap } from './messages';

/** Typed wrapper so callers get the answer type of the message they send. */
export function sendMessage<T extends Request['type']>(
  message: Extract<Request, { type: T }>,
): Promise<ResponseMap[T]> {
  return browser.runtime.sendMessage(message) as Promise<ResponseMap[T]>;
}
