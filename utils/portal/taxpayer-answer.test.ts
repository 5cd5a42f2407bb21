// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readTaxpayerAnswer, readTaxpayerFromHeader } from './taxpayer-answer';

const AT = 1_708_300_000_000;
const ID = '91110108MA01ABCD2X';

describe('readTaxpayerAnswer', () => {
  it.each([
    ['PascalCase', { Response: { RequestId: 'r', Data: { Nsrsbh: ID, Nsrmc: '北京示例科技有限公司', Zgswjgmc: 'x' } } }, { taxId: ID, name: '北京示例科技有限公司', at: AT }],
    ['lowercase, lower-case letters in the ID', { response: { data: { nsrsbh: ' 91110108ma01abcd2x ', nsrmc: '' } } }, { taxId: ID, at: AT }],
    ['15-digit old ID as a number', { Response: { Data: { Nsrsbh: 110108123456789 } } }, { taxId: '110108123456789', at: AT }],
  ])('%s', (_label, body, expected) => expect(readTaxpayerAnswer(JSON.stringify(body), AT)).toEqual(expected));

  it.each([
    ['null', null],
    ['not JSON', '<html>'],
    ['Error answer', JSON.stringify({ Response: { Error: { Message: '身份认证已失效' } } })],
    ['no tax ID', JSON.stringify({ Response: { Data: { Nsrmc: '某公司' } } })],
    ['tax ID of a wrong length', JSON.stringify({ Response: { Data: { Nsrsbh: '9111010812' } } })],
    ['tax ID with punctuation', JSON.stringify({ Response: { Data: { Nsrsbh: '91110108/MA01ABCD2' } } })],
    ['Data is a list', JSON.stringify({ Response: { Data: [ID] } })],
  ])('null for %s', (_label, text) => expect(readTaxpayerAnswer(text, AT)).toBeNull());
});

function doc(body: string): Document {
  return new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
}

describe('readTaxpayerFromHeader', () => {
  it.each([
    [
      'name and ID side by side in the header',
      `<div class="t-layout__header"><div class="user-info"><span>北京示例科技有限公司</span><span>${ID}</span><a>退出</a></div></div>`,
      { taxId: ID, name: '北京示例科技有限公司', at: AT },
    ],
    [
      'portal header: title, then name, then labelled ID',
      `<header class="t-layout__header"><div><span>税</span><span>国家税务总局北京市电子税务局</span><span>电子发票服务平台</span></div>` +
        `<div class="portal-header__user"><span>北京示例科技有限公司</span><span>纳税人识别号：${ID}</span></div></header>`,
      { taxId: ID, name: '北京示例科技有限公司', at: AT },
    ],
    [
      'labelled name and ID',
      `<header><div>欢迎您</div><div>纳税人名称：北京某某商贸中心</div><div>纳税人识别号：${ID}</div></header>`,
      { taxId: ID, name: '北京某某商贸中心', at: AT },
    ],
    ['full-width digits', `<header>统一社会信用代码：９１１１０１０８ＭＡ０１ＡＢＣＤ２Ｘ</header>`, { taxId: ID, at: AT }],
    ['old 15-character ID', `<div class="t-head-menu"><span>110108123456789</span></div>`, { taxId: '110108123456789', at: AT }],
    ['labelled ID outside any header', `<main><div class="info"><span>纳税人识别号</span> <span>${ID}</span></div></main>`, { taxId: ID, at: AT }],
  ])('%s', (_label, body, expected) => expect(readTaxpayerFromHeader(doc(body), AT)).toEqual(expected));

  it.each([
    ['nothing', '<main>全量发票查询</main>'],
    ['an unlabelled ID outside the header', `<main><td>${ID}</td></main>`],
    ['seller tax ID column of the result table', `<main><table><tr><th>销售方纳税人识别号</th></tr><tr><td>${ID}</td></tr></table></main>`],
    ['a 20-digit invoice number in the header', '<header><span>24112000000012345678</span></header>'],
    ['a hidden header', `<header style="display: none"><span>${ID}</span></header>`],
  ])('null for %s', (_label, body) => expect(readTaxpayerFromHeader(doc(body), AT)).toBeNull());
});
