/** HTTP answers the portal's gateway gives a request whose session has ended (a redirect to tpass, or 412). */
const LOGGED_OUT_STATUS: ReadonlySet<number> = new Set([301, 302, 412]);
/** `Response.Error.Code` values that mean "log in again", not a failed query. */
const LOGGED_OUT_CODES: ReadonlySet<string> = new Set(['204', '302']);
/** `Data.CodeMsg` values with which the gateway tells the page to reload into the login. */
const LOGGED_OUT_CODE_MSGS: ReadonlySet<string> = new Set(['refresh', 'n']);
const LOGGED_OUT_ADDRESS = /nonlogin|请重新登录/i;

const field = (v: unknown, key: string): unknown => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined);
const scalar = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');

/**
 * What in an answer says the user is logged out, or null. `json` is the answer with lower-cased keys, or null when it
 * was not JSON. Each of these forms looks like an empty or failed page to a reader that does not know it, and must
 * instead say: log in again.
 */
export function loggedOutReason(status: number, responseText: string | null, json: unknown): string | null {
  if (LOGGED_OUT_STATUS.has(status)) return `HTTP ${status}`;
  if (json === null && responseText?.trimStart().startsWith('<')) return '返回了网页而不是数据 (HTML instead of JSON)';
  for (const envelope of [field(json, 'response'), json]) {
    const code = scalar(field(field(envelope, 'error'), 'code'));
    if (LOGGED_OUT_CODES.has(code)) return `Error.Code ${code}`;
    const data = field(envelope, 'data');
    const codeMsg = scalar(field(data, 'codemsg'));
    if (LOGGED_OUT_CODE_MSGS.has(codeMsg.toLowerCase())) return `Data.CodeMsg ${codeMsg}`;
    const address = scalar(field(data, 'address'));
    if (LOGGED_OUT_ADDRESS.test(address)) return `Data.Address ${address.slice(0, 100)}`;
  }
  return null;
}
