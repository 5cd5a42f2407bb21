import { describe, expect, it } from 'vitest';
import { HOOK_SOURCE, MAX_REQUEST_BODY_CHARS, MAX_RESPONSE_CHARS } from './hook-constants';
import { parseHookMessage } from './hook-message';

const valid = {
  source: HOOK_SOURCE,
  v: 1,
  id: '1708300000000-1',
  url: 'https://dppt.beijing.chinatax.gov.cn:8443/szzhzz/qlfpcx/v1/queryFpjcxx',
  method: 'POST',
  requestBody: '{"Gjbq":"2"}',
  status: 200,
  ok: true,
  responseText: '{"Response":{}}',
  at: 1708300000000,
};

describe('parseHookMessage', () => {
  it('accepts what the hook posts', () => expect(parseHookMessage(valid)).toEqual(valid));

  it('accepts a network failure with null bodies and cuts a long error', () => {
    const msg = parseHookMessage({ ...valid, requestBody: null, responseText: null, status: 0, ok: false, error: 'x'.repeat(5000) });
    expect(msg?.responseText).toBeNull();
    expect(msg?.error).toHaveLength(1000);
  });

  it.each([
    ['null', null],
    ['a string', 'fapiao-watch-hook'],
    ['another source', { ...valid, source: 'vue-devtools' }],
    ['another version', { ...valid, v: 2 }],
    ['missing id', { ...valid, id: undefined }],
    ['status as string', { ...valid, status: '200' }],
    ['non-finite at', { ...valid, at: Number.NaN }],
    ['object body', { ...valid, responseText: { Response: {} } }],
    ['oversized request body', { ...valid, requestBody: 'x'.repeat(MAX_REQUEST_BODY_CHARS + 1) }],
    ['oversized answer', { ...valid, responseText: 'x'.repeat(MAX_RESPONSE_CHARS + 1) }],
  ])('rejects %s', (_label, data) => expect(parseHookMessage(data)).toBeNull());
});
