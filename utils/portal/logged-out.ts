import { field, scalarText } from './untrusted';

/** HTTP answers the portal's gateway gives a request whose session has ended (a redirect to tpass, or 412). */
const LOGGED_OUT_STATUS: ReadonlySet<number> = new Set([301, 302, 412]);
/** `Response.Error.Code` values that mean "log in again", not a failed query. */
const LOGGED_OUT_CODES: ReadonlySet<string> = new Set(['204', '302']);
/** `Data.CodeMsg` values with which the gateway tells the page to reload into the login. */
const LOGGED_OUT_CODE_MSGS: ReadonlySet<string> = new Set(['refresh', 'n']);
const LOGGED_OUT_ADDRESS = /nonlogin|请重新登录/i;
/** An HTML page in place of the answer is the login only if it says so; a 502 or maintenance page is not. */
const LOGIN_PAGE = /tpass|登录|login/i;

const text = (v: unknown): string => scalarText(v, 500);

/**
 * What in an answer says the user is logged out, or null. `json` is the answer with lower-cased keys, or null when it
 * was not JSON. Each of these forms looks like an empty or failed page to a reader that does not know it, and must
 * instead say: log in again.
 */
export function loggedOutReason(status: number, responseText: string | null, json: unknown): string | null {
  if (LOGGED_OUT_STATUS.has(status)) return `HTTP ${status}`;
  if (json === null && status >= 200 && status < 400 && responseText?.trimStart().startsWith('<') && LOGIN_PAGE.test(responseText.slice(0, 20_000)))
    return '返回了登录页而不是数据 (a login page instead of JSON)';
  for (const envelope of [field(json, 'response'), json]) {
    const code = text(field(field(envelope, 'error'), 'code'));
    if (LOGGED_OUT_CODES.has(code)) return `Error.Code ${code}`;
    const data = field(envelope, 'data');
    // A page of invoices is an answer, whatever else it carries.
    if (field(data, 'list') !== undefined || field(data, 'total') !== undefined) continue;
    const codeMsg = text(field(data, 'codemsg'));
    if (LOGGED_OUT_CODE_MSGS.has(codeMsg.toLowerCase())) return `Data.CodeMsg ${codeMsg}`;
    const address = text(field(data, 'address'));
    if (LOGGED_OUT_ADDRESS.test(address)) return `Data.Address ${address.slice(0, 100)}`;
  }
  return null;
}
