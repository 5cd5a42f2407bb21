import { HOOK_ERRORS, MAX_REQUEST_BODY_CHARS, MAX_RESPONSE_CHARS, type HookError } from './hook-constants';
import { boundedString, isRecord } from './untrusted';

/**
 * What the MAIN-world hook posts on the private channel for each watched call. No time and no id: the isolated script
 * stamps those itself, so nothing the page world says can date a sighting or name a scope.
 */
export interface HookMessage {
  /** The absolute URL the call went to, on the page's own origin. */
  url: string;
  requestBody: string | null;
  status: number;
  responseText: string | null;
  /** Network failure (fetch rejected, XHR error or timeout), in the hook's own words. */
  error: HookError | null;
}

const MAX_URL_CHARS = 4096;

function nullableText(value: unknown, max: number): string | null | undefined {
  return value === null ? null : boundedString(value, 0, max);
}

/** The URL when it is an https URL of the page's own origin; calls elsewhere are not the portal's answers. */
function ownUrl(value: unknown, origin: string): string | undefined {
  const text = boundedString(value, 1, MAX_URL_CHARS);
  if (text === undefined) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.origin === origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks every field of a hand-over from the page's world; anything off and the message is dropped. Even on the
 * private channel the hook runs beside page scripts, so its messages are read as untrusted.
 */
export function parseHookMessage(data: unknown, pageOrigin: string): HookMessage | null {
  if (!isRecord(data)) return null;
  const url = ownUrl(data.url, pageOrigin);
  const requestBody = nullableText(data.requestBody, MAX_REQUEST_BODY_CHARS);
  const responseText = nullableText(data.responseText, MAX_RESPONSE_CHARS);
  const { status, error } = data;
  if (url === undefined || requestBody === undefined || responseText === undefined) return null;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 0 || status > 999) return null;
  if (error !== null && !HOOK_ERRORS.includes(error as HookError)) return null;
  return { url, requestBody, status, responseText, error: error as HookError | null };
}
