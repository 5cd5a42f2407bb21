import { describe, expect, it } from 'vitest';
import { parseLoweredJson } from './json';

describe('parseLoweredJson', () => {
  it('lower-cases keys at every level', () => {
    expect(parseLoweredJson('{"Response":{"Data":{"List":[{"FpztDm":"01"}]}}}')).toEqual({
      ok: true,
      value: { response: { data: { list: [{ fpztdm: '01' }] } } },
    });
  });

  it.each([
    [null, 'empty'],
    ['  ', 'empty'],
    ['{"a":', 'unparsable'],
    ['<p>登录</p>', 'unparsable'],
    ['"x"'.padEnd(20, ' '), 'too-large'],
  ])('%j -> %s', (text, reason) => expect(parseLoweredJson(text, 10)).toEqual({ ok: false, reason }));

  it('drops __proto__ keys instead of replacing the prototype', () => {
    const r = parseLoweredJson('{"__proto__":{"polluted":true},"A":1}');
    expect(r).toEqual({ ok: true, value: { a: 1 } });
    expect(r.ok && Object.getPrototypeOf(r.value)).toBe(Object.prototype);
  });

  it('cuts off nesting deeper than a portal answer', () => {
    const deep = `${'['.repeat(50)}1${']'.repeat(50)}`;
    let v = (parseLoweredJson(deep) as { value: unknown }).value;
    let depth = 0;
    while (Array.isArray(v)) {
      v = v[0];
      depth++;
    }
    expect(v).toBeNull();
    expect(depth).toBe(12);
  });
});
