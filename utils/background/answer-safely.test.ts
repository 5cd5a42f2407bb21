import { describe, expect, it } from 'vitest';
import { answerSafely } from './answer-safely';

describe('answerSafely', () => {
  it('passes an answer through', async () => {
    expect(await answerSafely(async () => ({ ok: true }))).toEqual({ ok: true });
  });

  it('turns a full disk into a Failure the page can show, never a rejection', async () => {
    const answer = await answerSafely(async () => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    expect(answer).toMatchObject({ ok: false, problems: [{ code: 'store-full' }] });
  });
});
