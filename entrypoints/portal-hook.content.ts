import { defineContentScript } from 'wxt/utils/define-content-script';
import { HOOK_SOURCE, MAX_REQUEST_BODY_CHARS, MAX_RESPONSE_CHARS, isWatchedUrl } from '@/utils/portal/hook-constants';

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

    function bodyText(body: unknown): string | null {
      return typeof body === 'string' && body.length <= MAX_REQUEST_BODY_CHARS ? body : null;
    }

    function absolute(url: string): string | null {
      try {
        return new URL(url, location.href).href;
      } catch {
        return null;
      }
    }

    function post(url: string, method: string, requestBody: string | null, status: number, responseText: string | null, error?: string): void {
      try {
        const text = responseText !== null && responseText.length <= MAX_RESPONSE_CHARS ? responseText : null;
        window.postMessage(
          { source: HOOK_SOURCE, v: 1, id: `${Date.now()}-${++seq}`, url, method, requestBody, status, ok: status >= 200 && status < 300, responseText: text, error, at: Date.now() },
          location.origin,
        );
      } catch {
        // A copy that cannot be posted is dropped; the page must not notice.
      }
    }

    const originalFetch = window.fetch;
    window.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      const promise = originalFetch.call(this, input, init);
      const url = absolute(input instanceof Request ? input.url : String(input));
      if (!url || !isWatchedUrl(url)) return promise;
      const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
      const requestBody = bodyText(init?.body);
      promise.then(
        (response) => response.clone().text().then((text) => post(url, method, requestBody, response.status, text), () => undefined),
        (reason: unknown) => post(url, method, requestBody, 0, null, String(reason)),
      );
      return promise;
    } as typeof window.fetch;

    const open = XMLHttpRequest.prototype.open;
    const send = XMLHttpRequest.prototype.send;
    const meta = new WeakMap<XMLHttpRequest, { url: string; method: string }>();
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      meta.set(this, { url: String(url), method });
      return (open as (...a: unknown[]) => void).call(this, method, url, ...rest);
    } as typeof open;
    XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      const info = meta.get(this);
      const url = info && absolute(info.url);
      if (info && url && isWatchedUrl(url)) {
        const requestBody = bodyText(body);
        this.addEventListener('loadend', () => {
          const readable = this.responseType === '' || this.responseType === 'text';
          const text = readable ? this.responseText : typeof this.response === 'object' && this.response ? JSON.stringify(this.response) : null;
          post(url, info.method, requestBody, this.status, text, this.status === 0 ? 'network error' : undefined);
        });
      }
      return send.call(this, body);
    };
  },
});
