/** One synthetic invoice with everything a layout prints; all numbers consistent with each other and the date. */
import { fromFen } from '../../utils/invoice/money';
import { prng, type Prng } from '../../utils/invoice/test-prng';
import { amountInWords } from './capital';
import { makeParty, personName, type Party } from './companies';
import { makeLine, pickItems, smallScaleRate, TRADES, type LineItem } from './items';
import { qrPayload } from './qr-payload';

export type InvoiceType =
  | 'shudian-special'
  | 'shudian-normal'
  | 'e-special'
  | 'e-normal'
  | 'paper-special'
  | 'paper-normal';
export type Layout = 'shudian' | 'legacy-e' | 'paper';

interface TypeInfo {
  layout: Layout;
  /** Portal FplxDm. */
  typeCode: string;
  /** QR TYPE field; paper invoices here carry no QR. */
  qrType?: string;
  special: boolean;
  /** Issue dates plausible for the type: 数电 from the late-2022 rollout, 电子专票 from 2021, paper until 2024. */
  from: string;
  to: string;
}

const TYPES: Readonly<Record<InvoiceType, TypeInfo>> = {
  'shudian-special': { layout: 'shudian', typeCode: '81', qrType: '31', special: true, from: '2022-11-01', to: '2026-11-20' },
  'shudian-normal': { layout: 'shudian', typeCode: '82', qrType: '32', special: false, from: '2022-11-01', to: '2026-11-20' },
  'e-special': { layout: 'legacy-e', typeCode: '08', qrType: '20', special: true, from: '2021-01-21', to: '2025-09-30' },
  'e-normal': { layout: 'legacy-e', typeCode: '10', qrType: '10', special: false, from: '2019-01-02', to: '2025-09-30' },
  'paper-special': { layout: 'paper', typeCode: '01', special: true, from: '2019-01-02', to: '2024-12-31' },
  'paper-normal': { layout: 'paper', typeCode: '04', special: false, from: '2019-01-02', to: '2024-12-31' },
};

export interface Invoice {
  type: InvoiceType;
  layout: Layout;
  typeCode: string;
  title: string;
  /** 20 digits (数电) or 8 digits. */
  number: string;
  /** 12 digits (legacy e-invoice) or 10 digits (paper); absent for 数电. */
  code?: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM:SS, for the portal export. */
  time: string;
  checkCode?: string;
  machineNo?: string;
  /** 密码区: four lines of cipher text. */
  cipher?: string[];
  /** Paper copies: which 联 this is, and the vertical note printed on the right edge. */
  copy?: { name: string; side: string };
  seller: Party;
  buyer: Party;
  items: LineItem[];
  amountFen: bigint;
  taxFen: bigint;
  totalFen: bigint;
  amount: string;
  tax: string;
  total: string;
  totalInWords: string;
  issuer: string;
  payee: string;
  reviewer: string;
  remark: string;
  /** QR payload for e-invoices. */
  qr?: string;
}

function digits(rng: Prng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(10));
  return s;
}

function randomDate(rng: Prng, from: string, to: string): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - a) / 86_400_000);
  return new Date(a + rng.int(days + 1) * 86_400_000).toISOString().slice(0, 10);
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function title(type: InvoiceType, region: string): string {
  switch (type) {
    case 'shudian-special':
      return '电子发票（增值税专用发票）';
    case 'shudian-normal':
      return '电子发票（普通发票）';
    case 'e-special':
      return `${region}增值税电子专用发票`;
    case 'e-normal':
      return `${region}增值税电子普通发票`;
    case 'paper-special':
      return `${region}增值税专用发票`;
    case 'paper-normal':
      return `${region}增值税普通发票`;
  }
}

/** Legacy codes are printed in batches, often the year before use. */
function codeYear(rng: Prng, date: string): string {
  return two((Number(date.slice(0, 4)) - (rng.next() < 0.25 ? 1 : 0)) % 100);
}

function remark(rng: Prng, layout: Layout, buyer: Party): string {
  const r = rng.next();
  if (r < 0.35) return '';
  if (layout === 'shudian' && r < 0.7) return `购方开户银行：${buyer.bank}；银行账号：${buyer.account}；`;
  if (r < 0.85) return `订单号：${digits(rng, 14)}`;
  return `合同编号：HT${digits(rng, 4)}-${digits(rng, 3)}`;
}

/** Each invoice has its own seed, so adding one elsewhere in a plan leaves the others unchanged. */
export function buildInvoice(type: InvoiceType, seed: number, buyer: Party): Invoice {
  const rng = prng(seed);
  const info = TYPES[type];
  const trade = rng.pick(TRADES.filter((t) => !(info.special && t.smallScale)));
  const seller = makeParty(rng, trade.industry);
  const date = randomDate(rng, info.from, info.to);
  const time = `${two(8 + rng.int(12))}:${two(rng.int(60))}:${two(rng.int(60))}`;
  const rate = trade.smallScale ? smallScaleRate(date, rng) : undefined;
  const items = pickItems(rng, trade).map((item) => makeLine(rng, item, rate));
  const amountFen = items.reduce((s, l) => s + l.amountFen, 0n);
  const taxFen = items.reduce((s, l) => s + l.taxFen, 0n);
  const totalFen = amountFen + taxFen;
  const inv: Invoice = {
    type,
    layout: info.layout,
    typeCode: info.typeCode,
    title: title(type, seller.region.titleName),
    number: '',
    date,
    time,
    seller,
    buyer,
    items,
    amountFen,
    taxFen,
    totalFen,
    amount: fromFen(amountFen),
    tax: fromFen(taxFen),
    total: fromFen(totalFen),
    totalInWords: amountInWords(totalFen),
    issuer: personName(rng),
    payee: personName(rng),
    reviewer: personName(rng),
    remark: remark(rng, info.layout, buyer),
  };
  const yy = date.slice(2, 4);
  if (info.layout === 'shudian') {
    // yy + province + channel 2 (电子发票服务平台) + sequence.
    inv.number = `${yy}${seller.region.province}2000000${digits(rng, 9)}`;
  } else {
    inv.number = digits(rng, 8);
    inv.machineNo = info.layout === 'paper' ? `4990${digits(rng, 8)}` : `66${digits(rng, 10)}`;
    const cipherChars = [...'0123456789+-*/<>'];
    inv.cipher = Array.from({ length: 4 }, () => Array.from({ length: 28 }, () => rng.pick(cipherChars)).join(''));
    if (type !== 'paper-special') inv.checkCode = digits(rng, 20);
  }
  const batch = String(1 + rng.int(60)).padStart(3, '0');
  if (info.layout === 'legacy-e') {
    inv.code = `0${seller.region.legacyRegion}${codeYear(rng, date)}${batch}${info.special ? '13' : '11'}`;
  } else if (info.layout === 'paper') {
    const kind = rng.pick(info.special ? ['1', '5'] : ['3', '6']);
    inv.code = `${seller.region.legacyRegion}${codeYear(rng, date)}${batch.slice(2)}${kind}${digits(rng, 2)}`;
    inv.copy = info.special
      ? rng.pick([
          { name: '发票联', side: '第三联：发票联　购买方记账凭证' },
          { name: '抵扣联', side: '第二联：抵扣联　购买方扣税凭证' },
        ])
      : { name: '发票联', side: '第二联：发票联　购买方记账凭证' };
  }
  if (info.qrType) {
    inv.qr = qrPayload({
      qrType: info.qrType,
      code: inv.code ?? '',
      number: inv.number,
      amount: info.layout === 'shudian' ? inv.total : inv.amount,
      date,
      checkCode: inv.checkCode ?? '',
    });
  }
  return inv;
}

/** The buyer: our company on most invoices (the extension user's view), a sister company on a few. */
export function makeBuyers(seed: number): { ours: Party; others: Party[] } {
  const rng = prng(seed);
  const ours = makeParty(rng, '数据科技');
  return { ours, others: [makeParty(rng, '供应链管理'), makeParty(rng, '建筑工程')] };
}
