import { describe, expect, it } from 'vitest';
import { deliverAnswer, queueAnswer, type DeliveryDeps } from './deliver-answer';

const gone = { ok: false, problems: [{ code: 'background-unreachable' }] };

function deps(answers: unknown[]): DeliveryDeps & { stored: Map<string, unknown>; waits: number[]; sent: number } {
  const stored = new Map<string, unknown>();
  const d = {
    stored,
    waits: [] as number[],
    sent: 0,
    storage: {
      set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => stored.set(k, v)),
      remove: async (keys: string[]) => void keys.forEach((k) => stored.delete(k)),
    },
    send: async () => answers[d.sent++] ?? gone,
    sleep: async (ms: number) => void d.waits.push(ms),
    now: () => 5,
  };
  return d;
}

describe('deliverAnswer', () => {
  it('keeps trying while the worker is gone, then clears the queued copy once acknowledged', async () => {
    const d = deps([gone, undefined, { ok: true }]);
    await queueAnswer({ answerId: 'a1' }, d);
    expect(d.stored.has('answer:a1')).toBe(true);
    expect(await deliverAnswer({ answerId: 'a1' }, d)).toBe('delivered');
    expect(d.waits).toEqual([250, 500]);
    expect(d.stored.size).toBe(0);
  });

  it('leaves the answer queued for the background when it never answers', async () => {
    const d = deps([]);
    await queueAnswer({ answerId: 'a2' }, d);
    expect(await deliverAnswer({ answerId: 'a2' }, d)).toBe('queued');
    expect(d.stored.get('answer:a2')).toEqual({ queuedAt: 5, message: { answerId: 'a2' } });
  });

  it('keeps an answer the store could not take now (a blocked upgrade, a full disk), to try again', async () => {
    const d = deps([{ ok: false, problems: [{ code: 'store-blocked' }] }]);
    await queueAnswer({ answerId: 'a4' }, d);
    expect(await deliverAnswer({ answerId: 'a4' }, d)).toBe('queued');
    expect(d.stored.has('answer:a4')).toBe(true);
  });

  it('drops an answer the background refuses (it will never take it), without retrying', async () => {
    const d = deps([{ ok: false, problems: [{ code: 'bad-message' }] }]);
    await queueAnswer({ answerId: 'a3' }, d);
    expect(await deliverAnswer({ answerId: 'a3' }, d)).toBe('refused');
    expect(d.sent).toBe(1);
    expect(d.stored.size).toBe(0);
  });
});
