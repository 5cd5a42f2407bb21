import { afterEach, describe, expect, it } from 'vitest';
import { CHANNEL_OFFER_EVENT } from './hook-constants';
import { openHookChannel, type ChannelEnv } from './hook-channel';

const ORIGIN = 'https://dppt.beijing.chinatax.gov.cn:8443';
const opened: MessagePort[] = [];

/** A document at document_start: `<html>` only, still loading. Listeners stand for the MAIN-world hook. */
function startingDocument(over: Partial<Pick<Document, 'readyState' | 'head' | 'body'>> = {}) {
  return Object.assign(new EventTarget(), { readyState: 'loading' as DocumentReadyState, head: null, body: null, ...over });
}

function env(doc = startingDocument(), opener: unknown = null): ChannelEnv {
  return {
    window: { opener, location: { origin: ORIGIN } },
    document: doc,
    createChannel: () => {
      const channel = new MessageChannel();
      opened.push(channel.port1, channel.port2);
      return channel;
    },
    // Node's MessageEvent ignores `cancelable`; an Event carrying the ports behaves as the browser's does.
    createEvent: (type, init) => Object.assign(new Event(type, { cancelable: init.cancelable }), { ports: init.ports }),
  };
}

/** The hook's side of the hand-over: takes ports[0] and cancels the offer. */
function hookTakes(doc: EventTarget): { port: MessagePort | null } {
  const taken = { port: null as MessagePort | null };
  doc.addEventListener(CHANNEL_OFFER_EVENT, (e) => {
    taken.port = (e as Event & { ports: MessagePort[] }).ports[0] ?? null;
    e.preventDefault();
  });
  return taken;
}

const nextMessage = (port: MessagePort) => new Promise<unknown>((resolve) => port.addEventListener('message', (e) => resolve((e as MessageEvent).data), { once: true }));

afterEach(() => {
  for (const p of opened.splice(0)) p.close();
});

describe('openHookChannel', () => {
  it('hands the hook one end and keeps the other: what the hook posts arrives on it', async () => {
    const doc = startingDocument();
    const hook = hookTakes(doc);
    const channel = openHookChannel(env(doc));
    expect(channel.refused).toBeNull();
    expect(hook.port).not.toBeNull();
    expect(hook.port).not.toBe(channel.port);
    const arrived = nextMessage(channel.port!);
    channel.port!.start();
    hook.port!.postMessage({ status: 200 });
    expect(await arrived).toEqual({ status: 200 });
  });

  it('refuses the channel when nobody took the offer, and closes it', () => {
    const doc = startingDocument();
    doc.addEventListener(CHANNEL_OFFER_EVENT, () => undefined);
    expect(openHookChannel(env(doc))).toEqual({ port: null, refused: 'no-hook' });
  });

  it.each([
    ['the parser is past <html>', startingDocument({ head: {} as HTMLHeadElement })],
    ['the body exists', startingDocument({ body: {} as HTMLElement })],
    ['the document has loaded', startingDocument({ readyState: 'interactive' })],
  ])('refuses without offering anything when injected late: %s', (_label, doc) => {
    const hook = hookTakes(doc);
    expect(openHookChannel(env(doc))).toEqual({ port: null, refused: 'late' });
    expect(hook.port).toBeNull();
  });

  it('refuses without offering anything when a same-origin window opened this one', () => {
    const doc = startingDocument();
    const hook = hookTakes(doc);
    expect(openHookChannel(env(doc, { location: { origin: ORIGIN } }))).toEqual({ port: null, refused: 'opener' });
    expect(hook.port).toBeNull();
  });

  it('opens when the opener is of another origin, which cannot reach this document', () => {
    const doc = startingDocument();
    hookTakes(doc);
    const crossOrigin = {
      get location(): never {
        throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
      },
    };
    expect(openHookChannel(env(doc, crossOrigin)).refused).toBeNull();
    expect(openHookChannel(env(startingDocument(), { location: { origin: 'https://etax.beijing.chinatax.gov.cn' } })).refused).toBe('no-hook');
  });
});
