import { describe, expect, it, vi } from 'vitest';
import { drainPendingAnswers, PENDING_ANSWER_PREFIX, PENDING_MAX_AGE_MS, type PendingStorage } from './pending-answers';

function storage(items: Record<string, unknown>): PendingStorage & { items: Record<string, unknown> } {
  return {
    items,
    get: async () => ({ ...items }),
    remove: async (keys) => keys.forEach((k) => delete items[k]),
  };
}

const NOW = Date.UTC(2026, 11, 1);

describe('drainPendingAnswers', () => {
  it('hands over every queued answer oldest first, removes each, and leaves other storage alone', async () => {
    const s = storage({
      [`${PENDING_ANSWER_PREFIX}b`]: { queuedAt: NOW - 1, message: { answerId: 'b' } },
      [`${PENDING_ANSWER_PREFIX}a`]: { queuedAt: NOW - 2, message: { answerId: 'a' } },
      reminders: { shown: {} },
    });
    const seen: unknown[] = [];
    const handle = vi.fn(async (message: unknown) => (seen.push(message), { ok: true as const }));
    expect(await drainPendingAnswers(s, handle, NOW)).toBe(2);
    expect(seen).toEqual([{ answerId: 'a' }, { answerId: 'b' }]);
    expect(Object.keys(s.items)).toEqual(['reminders']);
  });

  it('keeps an answer the store could not take now, for the next start', async () => {
    const s = storage({ [`${PENDING_ANSWER_PREFIX}a`]: { queuedAt: NOW - 1, message: {} } });
    const handle = vi.fn(async () => ({ ok: false as const, problems: [{ code: 'store-full', field: 'store', zh: '', en: '' }] }));
    expect(await drainPendingAnswers(s, handle, NOW)).toBe(0);
    expect(Object.keys(s.items)).toEqual([`${PENDING_ANSWER_PREFIX}a`]);
  });

  it('drops an answer queued too long ago, and one without a time, without storing it', async () => {
    const s = storage({
      [`${PENDING_ANSWER_PREFIX}old`]: { queuedAt: NOW - PENDING_MAX_AGE_MS, message: {} },
      [`${PENDING_ANSWER_PREFIX}odd`]: { message: {} },
    });
    const handle = vi.fn(async () => ({ ok: true as const }));
    expect(await drainPendingAnswers(s, handle, NOW)).toBe(0);
    expect(handle).not.toHaveBeenCalled();
    expect(s.items).toEqual({});
  });
});
