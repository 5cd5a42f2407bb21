import { defineContentScript } from 'wxt/utils/define-content-script';
import { CHANNEL_OFFER_EVENT, MAX_REQUEST_BODY_CHARS, MAX_RESPONSE_CHARS, isWatchedUrl, type HookError } from '@/utils/portal/hook-constants';

/**
 * Runs in the portal page's own world, before its scripts. It copies the answers of the invoice calls to the
 * isolated content script and never changes what the page sends or receives: every wrapper returns the original
 * result, and every failure inside the copy is swallowed.
 *
 * Copies go only to the MessagePort the isolated script offers at document_start (utils/portal/hook-channel.ts).
 * Page scripts run later in this same world and may replace any built-in, so whatever decides what a copy says (the
 * port, the URL actually called, the status and text of the answer) is read through the built-ins as they were
 * before the page ran. Runs in the top frame only, like the isolated script it reports to.
 */
export default defineContentScript({
  // The manifest cannot say dppt.* (see portal.content); the check below keeps to those hosts.
  matches: ['https://*.chinatax.gov.cn/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    if (!location.hostname.startsWith('dppt.')) return;
    const apply = Reflect.apply;
    const getter = (proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)!.get!;
    const postToPort = MessagePort.prototype.postMessage;
    const then = Promise.prototype.then;
    const NativeURL = URL;
    const hrefOf = getter(URL.prototype, 'href');
    const baseOf = getter(Node.prototype, 'baseURI');
    const requestUrl = getter(Request.prototype, 'url');
    const cloneRequest = Request.prototype.clone;
    const requestText = Request.prototype.text;
    const statusOf = getter(Response.prototype, 'status');
    const cloneResponse = Response.prototype.clone;
    const responseText = Response.prototype.text;
    const listen = EventTarget.prototype.addEventListener;
    type XhrGetter = (this: XMLHttpRequest) => unknown;
    const xhr = (name: string) => getter(XMLHttpRequest.prototype, name) as XhrGetter;
    const [xhrStatus, xhrType, xhrText, xhrResponse] = ['status', 'responseType', 'responseText', 'response'].map(xhr) as [XhrGetter, XhrGetter, XhrGetter, XhrGetter];
    const stringify = JSON.stringify;
    const decode = TextDecoder.prototype.decode;
    const decoder = new TextDecoder();
    const mapGet = WeakMap.prototype.get;
    const mapSet = WeakMap.prototype.set;
    const doc = document;

    let port: MessagePort | null = null;
    // Taken once, from the isolated script's synchronous offer; nothing else ever opens or replaces the channel.
    doc.addEventListener(
      CHANNEL_OFFER_EVENT,
      (event) => {
        const offered = event instanceof MessageEvent ? event.ports[0] : undefined;
        if (!offered) return;
        port = offered;
        event.preventDefault();
      },
      { once: true },
    );

    /** Promise callbacks that never throw: a failed copy must not surface as the page's unhandled rejection. */
    const on = <T>(promise: Promise<T>, ok: (value: T) => void, failed: (reason: unknown) => void = () => undefined) => {
      const quiet = <A>(f: (a: A) => void) => (a: A) => {
        try {
          f(a);
        } catch {
          // Dropped.
        }
      };
      apply(then, promise, [quiet(ok), quiet(failed)]);
    };

    /** The URL as the browser resolves it for this call: against the document's base URL, at the moment of the call. */
    function absolute(url: string): string | null {
      try {
        return apply(hrefOf, new NativeURL(url, apply(baseOf, doc, [])), []) as string;
      } catch {
        return null;
      }
    }

    function bodyText(body: unknown): string | null {
      return typeof body === 'string' && body.length <= MAX_REQUEST_BODY_CHARS ? body : null;
    }

    function post(url: string, requestBody: string | null, status: number, text: string | null, error: HookError | null = null): void {
      if (!port) return;
      try {
        const responseText = text !== null && text.length <= MAX_RESPONSE_CHARS ? text : null;
        apply(postToPort, port, [{ url, requestBody, status, responseText, error }]);
      } catch {
        // A copy that cannot be handed over is dropped; the page must not notice.
      }
    }

    const isAbort = (reason: unknown) => reason instanceof DOMException && reason.name === 'AbortError';

    const originalFetch = window.fetch;
    window.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      let copy: ((promise: Promise<Response>) => void) | null = null;
      try {
        let url: string | null = null;
        let request = true;
        try {
          // Throws unless `input` is a real Request, whose own URL is what fetch will call.
          url = absolute(apply(requestUrl, input, []) as string);
        } catch {
          request = false;
        }
        if (!request) {
          // Anything else is made a string once, and fetch gets that very string: the copy names the URL called.
          input = `${input as string}`;
          url = absolute(input);
        }
        if (url && isWatchedUrl(url)) {
          const called = url;
          let body: Promise<string> | string | null = null;
          if (init?.body !== undefined) body = bodyText(init.body);
          else if (request) body = apply(requestText, apply(cloneRequest, input, []), []) as Promise<string>;
          const withBody = (done: (b: string | null) => void) =>
            typeof body === 'object' && body !== null ? on(body, (b) => done(bodyText(b)), () => done(null)) : done(body);
          copy = (promise) =>
            on(
              promise,
              (response) => {
                const status = apply(statusOf, response, []) as number;
                on(apply(responseText, apply(cloneResponse, response, []), []) as Promise<string>, (text) => withBody((b) => post(called, b, status, text)));
              },
              (reason) => (isAbort(reason) ? undefined : withBody((b) => post(called, b, 0, null, 'network error'))),
            );
        }
      } catch {
        copy = null;
      }
      const promise = originalFetch.call(this, input, init);
      // Registered before the page gets the promise, so the answer is cloned before the page can read its body.
      try {
        copy?.(promise);
      } catch {
        // The page's own call goes on regardless.
      }
      return promise;
    } as typeof window.fetch;

    const open = XMLHttpRequest.prototype.open;
    const send = XMLHttpRequest.prototype.send;
    /** Per XHR: where it was opened to, and which send is current (a re-used XHR must not report its old call). */
    const calls = new WeakMap<XMLHttpRequest, { url: string | null; sends: number }>();

    function responseOf(request: XMLHttpRequest): string | null {
      const read = (get: XhrGetter) => apply(get, request, []);
      switch (read(xhrType)) {
        case '':
        case 'text':
          return read(xhrText) as string;
        case 'json': {
          const value = read(xhrResponse);
          return value === null ? null : (stringify(value) ?? null);
        }
        case 'arraybuffer': {
          const value = read(xhrResponse);
          return value instanceof ArrayBuffer ? (apply(decode, decoder, [value]) as string) : null;
        }
        default:
          return null;
      }
    }

    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      // Made a string once, and open gets that very string: the copy names the URL actually called.
      const target = `${url as string}`;
      try {
        apply(mapSet, calls, [this, { url: absolute(target), sends: 0 }]);
      } catch {
        // Not an XHR of this page: open will say so.
      }
      return apply(open, this, [method, target, ...rest]);
    } as typeof open;

    XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      try {
        const call = apply(mapGet, calls, [this]) as { url: string | null; sends: number } | undefined;
        const url = call?.url;
        if (call && url && isWatchedUrl(url)) {
          const mine = ++call.sends;
          const requestBody = bodyText(body);
          // Only the browser's own events count: a page can dispatch a `load` of its own at any time.
          const report = (event: Event, error: HookError | null) => {
            if (!event.isTrusted || call.sends !== mine || apply(mapGet, calls, [this]) !== call) return;
            try {
              const text = error ? null : responseOf(this);
              const status = error ? 0 : (apply(xhrStatus, this, []) as number);
              if (error || text !== null) post(url, requestBody, status, text, error);
            } catch {
              // Unreadable answers are not copied.
            }
          };
          // No options object: its missing members would be looked up on a prototype the page may have changed.
          apply(listen, this, ['load', (e: Event) => report(e, null)]);
          apply(listen, this, ['error', (e: Event) => report(e, 'network error')]);
          apply(listen, this, ['timeout', (e: Event) => report(e, 'timeout')]);
        }
      } catch {
        // Never let the copy get in the way of the page's own request.
      }
      return apply(send, this, [body]);
    };
  },
});
