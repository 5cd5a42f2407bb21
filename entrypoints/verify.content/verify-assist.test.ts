// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Verification } from '@/utils/invoice/model';
import type { ListRow } from '@/utils/messages';
import { anExpected } from '@/utils/reconcile/test-fixtures';
import { startVerifyAssist } from './verify-assist';

const A = anExpected({ key: '24112000000000000001', number: '24112000000000000001' });
const B = anExpected({ key: '24112000000000000002', number: '24112000000000000002' });
const rows: ListRow[] = [A, B].map((invoice) => ({ invoice, status: 'missing', headline: null }));

let stop: (() => void) | undefined;
afterEach(() => stop?.());

function page() {
  document.body.innerHTML = '<input id="fpdm"><input id="fphm"><input id="kprq"><input id="kjje"><div id="result"></div>';
  const recorded: Verification[] = [];
  stop = startVerifyAssist({ doc: document, lang: 'zh', rows, now: () => 1, record: async (v) => void recorded.push(v) });
  const shadow = document.querySelector('[data-testid=verify-assist]')!.shadowRoot!;
  const fill = (key: string) => {
    shadow.querySelector<HTMLSelectElement>('select')!.value = key;
    shadow.querySelector<HTMLButtonElement>('[data-testid=verify-fill]')!.click();
  };
  const answer = async (text: string) => {
    document.getElementById('result')!.textContent = text;
    await vi.waitFor(() => Promise.resolve());
    await new Promise((r) => setTimeout(r, 0));
  };
  return { recorded, fill, answer };
}

describe('the 查验 assist', () => {
  it('records each filled invoice’s result, even when it reads as the last one did', async () => {
    const { recorded, fill, answer } = page();
    fill(A.key);
    expect((document.getElementById('fphm') as HTMLInputElement).value).toBe(A.number);
    await answer('查验结果：发票信息一致');
    fill(B.key);
    await answer('查验结果：发票信息一致');
    expect(recorded.map((v) => [v.key, v.outcome])).toEqual([
      [A.key, 'match'],
      [B.key, 'match'],
    ]);
  });

  it('records nothing for a number the user typed over the filled one, nor for a mistyped captcha', async () => {
    const { recorded, fill, answer } = page();
    fill(A.key);
    (document.getElementById('fphm') as HTMLInputElement).value = '24112000000000000009';
    await answer('查无此票');
    expect(recorded).toEqual([]);
    fill(A.key);
    await answer('验证码错误，请重新输入');
    expect(recorded).toEqual([]);
  });
});
