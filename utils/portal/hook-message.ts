import { HOOK_SOURCE, MAX_REQUEST_BODY_CHARS, MAX_RESPONSE_CHARS } from './hook-constants';
import { boundedString, field, isRecord } from './untrusted';

/** What the MAIN-world hook posts for each watched call. */
export interface HookMessage {
  source: typeof HOOK_SOURCE;
  v: 1;
  id: string;
  url: string;
  method: string;
  requestBody: string | null;
  status: number;
  ok: boolean;
  responseText: string | null;
  /** Network failure message (fetch rejected, XHR error/timeout); cut rather than refused, it is still a failure. */
  error?: string;
  at: number;
}

function nullableText(value: unknown, max: number): string | null | undefined {
  return value === null ? null : boundedString(value, 0, max);
}

/** The page can post look-alikes, so every field is checked; anything off and the message is dropped. */
export function parseHookMessage(data: unknown): HookMessage | null {
  // Cheap check first: the portal's own postMessage traffic is far more common than ours.
  if (!isRecord(data) || data.source !== HOOK_SOURCE || data.v !== 1) return null;
  const id = boundedString(data.id, 1, 128);
  const url = boundedString(data.url, 1, 4096);
  const method = boundedString(data.method, 1, 16);
  const requestBody = nullableText(data.requestBody, MAX_REQUEST_BODY_CHARS);
  const responseText = nullableText(data.responseText, MAX_RESPONSE_CHARS);
  const status = data.status;
  const error = field(data, 'error');
  const errorText = error === undefined ? undefined : boundedString(error, 0, 100_000);
  if (
    id === undefined ||
    url === undefined ||
    method === undefined ||
    requestBody === undefined ||
    responseText === undefined ||
    typeof status !== 'number' ||
    !Number.isInteger(status) ||
    status < 0 ||
    status > 999 ||
    typeof data.ok !== 'boolean' ||
    typeof data.at !== 'number' ||
    !Number.isFinite(data.at) ||
    (error !== undefined && errorText === undefined)
  )
    return null;
  return {
    source: HOOK_SOURCE,
    v: 1,
    id,
    url,
    method,
    requestBody,
    status,
    ok: data.ok,
    responseText,
    ...(errorText === undefined ? {} : { error: errorText.slice(0, 1000) }),
    at: data.at,
  };
}
