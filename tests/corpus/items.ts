/** What sellers sell: line-item catalogue by trade, and exact line arithmetic in integer fen. */
import type { Prng } from '../../utils/invoice/test-prng';

interface ItemTemplate {
  /** *简称*名称, as invoices print it. */
  name: string;
  specs: readonly string[];
  unit: string;
  /** Unit price range in yuan (tax-exclusive for goods, tax-inclusive for services). */
  price: readonly [number, number];
  quantity: readonly [number, number];
  /** 税收分类编码 (19 digits). */
  taxCode: string;
  /** General-taxpayer rate in percent. */
  rate: number;
  /** Services are quoted tax-inclusive, so the line total is a round figure and 单价 has long decimals. */
  inclusive?: boolean;
  /** Restaurants print only the amount: no 数量, 单位 or 单价. */
  amountOnly?: boolean;
}

export interface Trade {
  /** Business word in the seller's name. */
  industry: string;
  items: readonly ItemTemplate[];
  /** Small-scale taxpayers (小规模) charge 3 % (1 % under the 2020–2027 relief) and rarely issue 专票. */
  smallScale?: boolean;
}

export const TRADES: readonly Trade[] = [
  {
    industry: '办公设备',
    items: [
      { name: '*纸制品*打印纸', specs: ['A4 70g', 'A4 80g', 'A3 70g'], unit: '箱', price: [118, 260], quantity: [1, 20], taxCode: '1060201070000000000', rate: 13 },
      { name: '*文具*中性笔', specs: ['0.5mm 黑色', '0.5mm 蓝色'], unit: '盒', price: [18, 45], quantity: [2, 30], taxCode: '1060512990000000000', rate: 13 },
      { name: '*办公用品*文件夹', specs: ['A4 双夹', 'A4 单夹'], unit: '个', price: [6, 25], quantity: [10, 100], taxCode: '1060512990000000000', rate: 13 },
      { name: '*计算机外部设备*硒鼓', specs: ['CF226A', 'TN-2325', 'MLT-D111S'], unit: '个', price: [280, 680], quantity: [1, 6], taxCode: '1090511030000000000', rate: 13 },
    ],
  },
  {
    industry: '电子科技',
    items: [
      { name: '*计算机配套产品*显示器', specs: ['27英寸 2K', '24英寸 FHD'], unit: '台', price: [899, 2499], quantity: [1, 8], taxCode: '1090511990000000000', rate: 13 },
      { name: '*电子计算机*笔记本电脑', specs: ['ThinkPad E14', 'MateBook 14'], unit: '台', price: [3999, 7999], quantity: [1, 5], taxCode: '1090511010000000000', rate: 13 },
      { name: '*计算机外部设备*无线键鼠套装', specs: ['MK275', 'K380'], unit: '套', price: [79, 299], quantity: [1, 20], taxCode: '1090511030000000000', rate: 13 },
    ],
  },
  {
    industry: '信息技术',
    items: [
      { name: '*信息技术服务*软件服务费', specs: [''], unit: '项', price: [3000, 98000], quantity: [1, 1], taxCode: '3040201000000000000', rate: 6, inclusive: true },
      { name: '*信息技术服务*技术服务费', specs: [''], unit: '次', price: [800, 30000], quantity: [1, 3], taxCode: '3040201000000000000', rate: 6, inclusive: true },
      { name: '*信息技术服务*云服务费', specs: ['按月'], unit: '月', price: [500, 6000], quantity: [1, 12], taxCode: '3040203000000000000', rate: 6, inclusive: true },
    ],
  },
  {
    industry: '管理咨询',
    items: [
      { name: '*现代服务*咨询服务费', specs: [''], unit: '项', price: [5000, 120000], quantity: [1, 1], taxCode: '3040502020000000000', rate: 6, inclusive: true },
      { name: '*会议展览服务*会议服务费', specs: [''], unit: '次', price: [2000, 50000], quantity: [1, 1], taxCode: '3040803000000000000', rate: 6, inclusive: true },
    ],
  },
  {
    industry: '文化传媒',
    items: [
      { name: '*广告服务*广告发布费', specs: [''], unit: '项', price: [3000, 80000], quantity: [1, 1], taxCode: '3040599000000000000', rate: 6, inclusive: true },
      { name: '*设计服务*平面设计费', specs: [''], unit: '项', price: [1500, 20000], quantity: [1, 2], taxCode: '3040504000000000000', rate: 6, inclusive: true },
    ],
  },
  {
    industry: '餐饮管理',
    items: [
      { name: '*餐饮服务*餐费', specs: [''], unit: '', price: [86, 3600], quantity: [1, 1], taxCode: '3070401000000000000', rate: 6, inclusive: true, amountOnly: true },
    ],
  },
  {
    industry: '酒店管理',
    items: [
      { name: '*住宿服务*住宿费', specs: [''], unit: '间夜', price: [328, 1280], quantity: [1, 5], taxCode: '3070402000000000000', rate: 6, inclusive: true },
      { name: '*餐饮服务*早餐', specs: [''], unit: '份', price: [38, 88], quantity: [1, 5], taxCode: '3070401000000000000', rate: 6, inclusive: true },
    ],
  },
  {
    industry: '商贸',
    smallScale: true,
    items: [
      { name: '*日用杂品*清洁用品', specs: ['500ml', '1L'], unit: '瓶', price: [12, 58], quantity: [2, 40], taxCode: '1070223990000000000', rate: 13 },
      { name: '*纸制品*抽纸', specs: ['3层100抽'], unit: '提', price: [15, 39], quantity: [2, 30], taxCode: '1060201990000000000', rate: 13 },
      { name: '*日用杂品*垃圾袋', specs: ['45×50cm'], unit: '卷', price: [3, 9], quantity: [10, 60], taxCode: '1070223990000000000', rate: 13 },
    ],
  },
];

export interface LineItem {
  name: string;
  spec: string;
  unit: string;
  /** '' when the line prints only an amount. */
  quantity: string;
  unitPrice: string;
  amountFen: bigint;
  rate: number;
  taxFen: bigint;
  taxCode: string;
}

/** Half-up rounding of n / d for non-negative integers. */
function divRound(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

/** 单价 as issuing software prints it: two decimals when exact, else up to 8 significant decimals. */
function unitPriceText(amountFen: bigint, quantity: number): string {
  const q = BigInt(quantity);
  if (amountFen % q === 0n) {
    const fen = amountFen / q;
    return `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
  }
  const scaled = divRound(amountFen * 1_000_000n, q); // fen × 10⁶ → yuan with 8 decimals
  const text = `${scaled / 100_000_000n}.${String(scaled % 100_000_000n).padStart(8, '0')}`;
  return text.replace(/0+$/, '');
}

/** The one 征收率 a small-scale seller applies to a whole invoice: 1 % under the relief from March 2020, else 3 %. */
export function smallScaleRate(date: string, rng: Prng): number {
  return date >= '2020-03-01' && rng.next() < 0.7 ? 1 : 3;
}

/** `rate` overrides the template's general-taxpayer rate (small-scale sellers). */
export function makeLine(rng: Prng, item: ItemTemplate, rate = item.rate): LineItem {
  const quantity = item.quantity[0] + rng.int(item.quantity[1] - item.quantity[0] + 1);
  const [lo, hi] = item.price;
  // Round prices look real: services at whole yuan (often tens), goods to the jiao.
  const priceFen = item.inclusive
    ? BigInt(lo + rng.int(hi - lo + 1)) * 100n
    : BigInt(lo * 10 + rng.int((hi - lo) * 10 + 1)) * 10n;
  const r = BigInt(rate);
  const amountFen = item.inclusive ? divRound(priceFen * BigInt(quantity) * 100n, 100n + r) : priceFen * BigInt(quantity);
  const taxFen = divRound(amountFen * r, 100n);
  return {
    name: item.name,
    spec: rng.pick(item.specs),
    unit: item.amountOnly ? '' : item.unit,
    quantity: item.amountOnly ? '' : String(quantity),
    unitPrice: item.amountOnly ? '' : unitPriceText(amountFen, quantity),
    amountFen,
    rate,
    taxFen,
    taxCode: item.taxCode,
  };
}

export function pickItems(rng: Prng, trade: Trade): ItemTemplate[] {
  const count = Math.min(trade.items.length, 1 + rng.int(3));
  const pool = [...trade.items];
  const picked: ItemTemplate[] = [];
  for (let i = 0; i < count; i++) picked.push(...pool.splice(rng.int(pool.length), 1));
  return picked;
}
