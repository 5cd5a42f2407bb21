import { describe, expect, it } from 'vitest';
import { PageSignal } from '../invoice/model';
import { signalsInAnswer } from './answer-signals';

const REFUSED = '本功能仅提供给增值税一般纳税人或辅导期一般纳税人使用';

describe('signalsInAnswer', () => {
  it.each([
    ['in Response.Error.Message', { Response: { Error: { Code: 'E1', Message: REFUSED } } }],
    ['in a data message', { Response: { Data: { Jg: 'N', Msg: REFUSED } } }],
    ['in a list of notices', { Response: { Data: { Tsxx: [{ Nr: '请注意' }, { Nr: REFUSED }] } } }],
  ])('finds the permission refusal of the 勾选 access check %s', (_label, answer) => {
    expect(signalsInAnswer(JSON.stringify(answer), 5, '/dedeuction-type-checked-business').map((s) => PageSignal.parse(s))).toEqual([
      { kind: 'permission', at: 5, text: REFUSED, page: '/dedeuction-type-checked-business' },
    ]);
  });

  it.each([
    ['a passed check', JSON.stringify({ Response: { Data: { Jg: 'Y' } } })],
    ['no JSON', '<html>'],
    ['nothing', null],
  ])('finds nothing in %s', (_label, text) => {
    expect(signalsInAnswer(text, 5, '/p')).toEqual([]);
  });
});
