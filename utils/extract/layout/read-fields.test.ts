import { describe, expect, it } from 'vitest';
import { amountRows, readLayoutFields } from './read-fields';
import type { TextItem } from './text-item';

/** One text item per string, laid out on a line at `y` from `x`, 10 units a character. */
function line(y: number, x: number, ...texts: string[]): TextItem[] {
  let at = x;
  return texts.map((text) => {
    const item = { text, x: at, y, w: text.length * 10, h: 12 };
    at += text.length * 10 + 15;
    return item;
  });
}
const values = (items: TextItem[]) => Object.fromEntries(Object.entries(readLayoutFields(items)).map(([k, v]) => [k, v.value]));

const BUYER = '91440106MA004M340R';
const SELLER = '91110108MA01C7XTXM';

describe('readLayoutFields', () => {
  // Values come as printed (¥ and all): the invoice rules, not the layout, decide what they are.
  it('reads a 数电 invoice, buyer and seller side by side', () => {
    const items = [
      ...line(10, 300, '电子发票（增值税专用发票）'),
      ...line(20, 900, '发票号码：', '24112000000048542163'),
      ...line(40, 900, '开票日期：', '2024年05月28日'),
      ...line(80, 10, '购'), ...line(80, 60, '名称：', '广州明德数据科技有限公司'), ...line(80, 600, '销'), ...line(80, 650, '名称：', '北京晨光文具有限公司'),
      ...line(100, 60, '统一社会信用代码/纳税人识别号：', BUYER), ...line(100, 650, '统一社会信用代码/纳税人识别号：', SELLER),
      ...line(300, 10, '合', '计'), ...line(300, 700, '¥4197.17'), ...line(300, 1000, '¥251.83'),
      ...line(330, 10, '价税合计（大写）', '⊗肆仟肆佰肆拾玖圆整'), ...line(330, 800, '（小写）¥4449.00'),
    ];
    expect(values(items)).toEqual({
      number: '24112000000048542163', date: '2024年05月28日', total: '¥4449.00', amount: '¥4197.17', tax: '¥251.83',
      buyerTaxId: BUYER, sellerTaxId: SELLER, buyerName: '广州明德数据科技有限公司', sellerName: '北京晨光文具有限公司', typeCode: '81',
    });
  });

  it('reads a legacy invoice, buyer block above the seller block', () => {
    const items = [
      ...line(10, 300, '北京增值税电子普通发票'),
      ...line(10, 900, '发票代码：', '011002005711'), ...line(30, 900, '发票号码：', '73536800'),
      ...line(50, 900, '开票日期：', '2020年10月09日'), ...line(70, 900, '校 验 码：', '53868 24263 72896 92508'),
      ...line(100, 60, '名 称：', '广州华信数据科技有限公司'), ...line(120, 60, '纳税人识别号：', BUYER, '2 1 1 4 5 - - 2 7'),
      ...line(400, 60, '名 称：', '北京宏图信息技术有限公司'), ...line(420, 60, '纳税人识别号：', SELLER),
    ];
    expect(values(items)).toMatchObject({ code: '011002005711', number: '73536800', checkCode: '53868242637289692508', buyerTaxId: BUYER, sellerTaxId: SELLER, typeCode: '10' });
  });

  it('reads a paper invoice by its printed code-and-number line and its No', () => {
    const items = [...line(10, 10, '1100237123'), ...line(10, 600, '北京增值税专用发票'), ...line(10, 1000, 'JVo', '58954471'), ...line(30, 10, '1100237123 58954471'), ...line(50, 900, '开票口期：', '2023年07月21日')];
    expect(values(items)).toMatchObject({ code: '1100237123', number: '58954471', date: '2023年07月21日', typeCode: '01' });
  });

  it('takes what OCR garbles around the values: lost labels, misread colons, ¥ fused with a digit', () => {
    const items = [
      ...line(20, 900, '票号码;', '22442000000564987631'),
      ...line(40, 900, '开票 日 期:', '2022年1]月01日'),
      ...line(120, 60, '纳陪人识别号;:', BUYER),
      ...line(300, 10, '人', 'Y94400.95', 'Y5664.05'),
      ...line(330, 10, '价 税 合计 大 写 )', '过 抬 万 零'), ...line(330, 800, '(小写)对306.96'),
    ];
    expect(values(items)).toMatchObject({ number: '22442000000564987631', date: '2022年1]月01日', buyerTaxId: BUYER, amount: 'Y94400.95', tax: 'Y5664.05', total: '对306.96' });
  });

  it('finds a tax ID whose label OCR lost, and gives a lone one to the party by where it sits', () => {
    const items = [...line(20, 900, '发票号码：', '24112000000048542163'), ...line(100, 60, '名 称：', '甲公司'), ...line(120, 60, '号:', BUYER), ...line(400, 60, '名 称：', '乙公司'), ...line(420, 60, SELLER)];
    expect(values(items)).toMatchObject({ sellerTaxId: SELLER });
  });

  it('says where the amount rows are for a closer look', () => {
    const items = [...line(300, 10, '合 计', '¥1.00', '¥0.13'), ...line(330, 10, '价税合计（大写）', '壹圆壹角叁分')];
    const rows = amountRows(items);
    expect(rows.sumRow?.y).toBe(300);
    expect(rows.totalRow?.y).toBe(330);
  });
});
