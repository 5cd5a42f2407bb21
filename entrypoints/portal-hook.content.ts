import { defineContentScript } from 'wxt/utils/define-content-script';
import { HOOK_EVENT, HOOK_SOURCE, MAX_REQUEST_BODY_CHARS, MAX_RESPONSE_CHARS, isWatchedUrl } from '@/utils/portal/hook-constants';

/**
 * Runs in the portal page's own world, before its scripts. It copies the answers of the invoice calls to the
 * isolated content script and never changes what the page sends or receives: every wrapper returns the original
 * result, and every failure inside the copy is swallowed.
 */
export default defineContentScript({
  matches: ['https://*.chinatax.gov.cn/*'],
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  main() {
    if (!location.hostname.startsWith('dppt.')) return;
    let seq = 0;

    function absolute(url: string): string | null {
      try {
        return new URL(url, location.href).href;
      } catch {
        return null;
      }
    }

    function bodyText(body: unknown): string | null {
      return typeof body === 'string' && body.length <= MAX_REQUEST_BODY_CHARS ? body : null;
    }

    function post(url: string, method: string, requestBody: string | null, status: number, responseText: string | null, error?: string): void {
      try {
        const text = responseText !== null && responseText.length <= MAX_RESPONSE_CHARS ? responseText : null;
        const message = { source: HOOK_SOURCE, v: 1, id: `${Date.now()}-${++seq}`, url, method, requestBody, status, ok: status >= 200 && status < 300, responseText: text, error, at: Date.now() };
        document.dispatchEvent(new CustomEvent(HOOK_EVENT, { detail: JSON.stringify(message) }));
      } catch {
        // A copy that cannot be handed over is dropped; the page must not notice.
      }
    }

    const isAbort = (reason: unknown) => reason instanceof DOMException && reason.name === 'AbortError';

    const originalFetch = window.fetch;
    window.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      let copy: (() => void) | null = null;
      try {
        const url = absolute(input instanceof Request ? input.url : String(input));
        if (url && isWatchedUrl(url)) {
          const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
          // A Request carries its own body: read a clone before the page's fetch consumes the original.
          const body: Promise<string | null> =
            init?.body !== undefined ? Promise.resolve(bodyText(init.body)) : input instanceof Request ? input.clone().text().then(bodyText, () => null) : Promise.resolve(null);
          copy = () => {
            promise.then(
              (response) => Promise.all([body, response.clone().text()]).then(([b, text]) => post(url, method, b, response.status, text)),
              (reason: unknown) => (isAbort(reason) ? undefined : body.then((b) => post(url, method, b, 0, null, String(reason)))),
            ).catch(() => undefined);
          };
        }
      } catch {
        copy = null;
      }
      const promise = originalFetch.call(this, input, init);
      copy?.();
      return promise;
    } as typeof window.fetch;

    const open = XMLHttpRequest.prototype.open;
    const send = XMLHttpRequest.prototype.send;
    /** Per XHR: where it was opened to, and which send is current (a re-used XHR must not report its old call). */
    const calls = new WeakMap<XMLHttpRequest, { url: string; method: string; sends: number }>();

    function responseOf(xhr: XMLHttpRequest): string | null {
      switch (xhr.responseType) {
        case '':
        case 'text':
          return xhr.responseText;
        case 'json':
          return xhr.response === null ? null : JSON.stringify(xhr.response);
        case 'arraybuffer':
          return xhr.response instanceof ArrayBuffer ? new TextDecoder().decode(xhr.response) : null;
        default:
          return null;
      }
    }

    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      try {
        calls.set(this, { url: String(url), method, sends: 0 });
      } catch {
        calls.delete(this);
      }
      return (open as (...a: unknown[]) => void).call(this, method, url, ...rest);
    } as typeof open;

    XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      try {
        const call = calls.get(this);
        const url = call && absolute(call.url);
        if (call && url && isWatchedUrl(url)) {
          const mine = ++call.sends;
          const requestBody = bodyText(body);
          const report = (status: number, error?: string) => {
            if (call.sends !== mine || calls.get(this) !== call) return;
            try {
              const text = error ? null : responseOf(this);
              if (error || text !== null) post(url, call.method, requestBody, status, text, error);
            } catch {
              // Unreadable answers are not copied.
            }
          };
          this.addEventListener('load', () => report(this.status), { once: true });
          this.addEventListener('error', () => report(0, 'network error'), { once: true });
          this.addEventListener('timeout', () => report(0, 'timeout'), { once: true });
        }
      } catch {
        // Never let the copy get in the way of the page's own request.
      }
      return send.call(this, body);
    };
  },
});
