import { describe, expect, it } from 'vitest';
import { MAX_REQUEST_BODY_CHARS, MAX_RESPONSE_CHARS } from './hook-constants';
import { parseHookMessage } from './hook-message';

const ORIGIN = 'https://dppt.beijing.chinatax.gov.cn:8443';
const valid = {
  url: `${ORIGIN}/szzhzz/qlfpcx/v1/queryFpjcxx`,
  requestBody: '{"Gjbq":"2"}',
  status: 200,
  responseText: '{"Response":{}}',
  error: null,
};

describe('parseHookMessage', () => {
  it('accepts what the hook posts', () => expect(parseHookMessage(valid, ORIGIN)).toEqual(valid));

  it('accepts a network failure with null bodies', () => {
    const msg = parseHookMessage({ ...valid, requestBody: null, responseText: null, status: 0, error: 'network error' }, ORIGIN);
    expect(msg).toMatchObject({ responseText: null, error: 'network error' });
  });

  it('keeps no time, id or other field the page world sent along', () => {
    const msg = parseHookMessage({ ...valid, at: 1e308, id: 'forged', seenAt: 4_102_444_800_001, source: 'x' }, ORIGIN);
    expect(Object.keys(msg ?? {}).sort()).toEqual(['error', 'requestBody', 'responseText', 'status', 'url']);
  });

  it.each([
    ['null', null],
    ['a string', 'fapiao-watch-hook'],
    ['an array', [valid]],
    ['missing url', { ...valid, url: undefined }],
    ['a relative url', { ...valid, url: '/szzhzz/qlfpcx/v1/queryFpjcxx' }],
    ['another origin', { ...valid, url: 'https://evil.example/szzhzz/qlfpcx/v1/queryFpjcxx' }],
    ['another portal host', { ...valid, url: 'https://dppt.shanghai.chinatax.gov.cn:8443/szzhzz/qlfpcx/v1/queryFpjcxx' }],
    ['another port', { ...valid, url: 'https://dppt.beijing.chinatax.gov.cn/szzhzz/qlfpcx/v1/queryFpjcxx' }],
    ['plain http', { ...valid, url: 'http://dppt.beijing.chinatax.gov.cn:8443/szzhzz/qlfpcx/v1/queryFpjcxx' }],
    ['a blob url of the page', { ...valid, url: `blob:${ORIGIN}/3f1c0c5e-0000-4000-8000-000000000000` }],
    ['an overlong url', { ...valid, url: `${ORIGIN}/${'a'.repeat(5000)}` }],
    ['status as string', { ...valid, status: '200' }],
    ['a fractional status', { ...valid, status: 200.5 }],
    ['a status over 999', { ...valid, status: 1e308 }],
    ['a page-chosen error text', { ...valid, error: '会话已失效，请重新登录' }],
    ['an error of another type', { ...valid, error: { message: 'x' } }],
    ['a missing error', { ...valid, error: undefined }],
    ['object body', { ...valid, responseText: { Response: {} } }],
    ['oversized request body', { ...valid, requestBody: 'x'.repeat(MAX_REQUEST_BODY_CHARS + 1) }],
    ['oversized answer', { ...valid, responseText: 'x'.repeat(MAX_RESPONSE_CHARS + 1) }],
  ])('rejects %s', (_label, data) => expect(parseHookMessage(data, ORIGIN)).toBeNull());
});
