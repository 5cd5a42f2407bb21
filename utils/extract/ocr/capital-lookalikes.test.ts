import { expect, it } from 'vitest';
import { parseCapitalAmount } from '../../invoice/capital-amount';
import { capitalCore } from './capital-lookalikes';

it.each([
  ['价税合计(大写)⊗壹仟伍佰伍拾捌园玖角伍分公设金', '1558.95'],
  ['参万肆仟伍佰柒拾柒圆整和管短疗设', '34577.00'],
  ['查仟叁佰国零查分', '1300.01'],
])('reads %s as %s once lookalikes are folded', (text, amount) => {
  const core = capitalCore(text);
  expect(core === null ? null : parseCapitalAmount(core)).toBe(amount);
});

it.each([['玖例拾陆同专政分'], ['防方支仟循励恰同零资分'], ['陆分']])('refuses the garbled reading %s', (text) => {
  expect(capitalCore(text)).toBeNull();
});
