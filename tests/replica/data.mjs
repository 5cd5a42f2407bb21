// Deterministic sample data for the portal replica: one Beijing taxpayer, the companies around it and ~35
// invoices whose dates are laid out relative to `today`, each tagged with the role it plays in demos/tests.

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100 check character (18th) of a unified social credit code. */
export function usccCheckChar(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARS.indexOf(first17[i]);
    if (v < 0) throw new Error(`not a USCC character: ${first17[i]}`);
    sum += v * USCC_WEIGHTS[i];
  }
  return USCC_CHARS[(31 - (sum % 31)) % 31];
}

export const isValidUscc = (id) =>
  /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(id) && usccCheckChar(id.slice(0, 17)) === id[17];

// Characters 9–17 of a USCC are a GB 11714 organisation code, which has its own check character.
function orgCode(body8) {
  const sum = [...body8].reduce((s, c, i) => s + Number(c) * [3, 7, 9, 10, 5, 8, 4, 2][i], 0);
  const c = 11 - (sum % 11);
  return body8 + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

function company(region6, body8, Nsrmc) {
  const first17 = '91' + region6 + orgCode(body8);
  return { Nsrsbh: first17 + usccCheckChar(first17), Nsrmc };
}

const US = company('110105', '35792468', '北京云杉数智科技有限公司');
const BRANCH = company('110108', '35792471', '北京云杉数智科技有限公司海淀分公司');
const SELLERS = [
  company('110105', '10234567', '北京晨光文具办公用品有限公司'),
  company('110108', '20345678', '北京中关村云服务有限公司'),
  company('440106', '30456789', '广州天河锦程酒店管理有限公司'),
  company('310115', '40567891', '上海浦江餐饮管理有限公司'),
  company('320505', '50678912', '苏州恒润供应链管理有限公司'),
  company('330106', '60789123', '杭州西湖云帆软件有限公司'),
  company('120116', '70891234', '天津滨海顺达物流有限公司'),
];
const CUSTOMERS = [
  company('110101', '81234567', '北京长安文化传媒有限公司'),
  company('120104', '82345678', '天津海河智造科技有限公司'),
  company('110115', '83456789', '北京亦庄精密机械有限公司'),
];
const CLERKS = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏'];
const RATES = { 81: [0.13, 0.06, 0.09], 82: [0.06, 0.03, 0.01], 10: [0.03], '08': [0.13] };

/** What each role means; `pick(data, role)` returns the invoices that play it. */
export const DEMO_NOTES = {
  visible:
    'Received 数电 invoices (FplxDm 81/82, 正常) dated this month before today: listed by the default 取得发票 query ' +
    '(none exist when today is the 1st of a month — pass a later `today`).',
  voided: 'One received 数电 invoice dated this month with FpztDm 02 已作废: listed, but void.',
  red: 'One received 数电 invoice dated this month with FpztDm 03 已红冲-全额: listed, but fully reversed.',
  'older-than-month':
    'Received, 正常, dated before the first day of this month (down to 75 days back): outside the default date range, ' +
    'found after widening 开票日期起.',
  'issued-by-us':
    'Issued BY the logged-in taxpayer to customers: only under 开具发票 (Gjbq 1), never under 取得发票; one is dated ' +
    'before this month.',
  legacy:
    'Two received legacy e-invoices (FplxDm 10 电子普票 and 08 电子专票): 12-digit 发票代码 + 8-digit 发票号码, no 20-digit number.',
  'other-taxpayer':
    "Issued to the taxpayer's branch (data.otherTaxpayer), not to the logged-in company: missing under 取得发票 until " +
    'the scenario taxpayer=<branch Nsrsbh> switches the session.',
};

const DAY = 86400e3;
const addDays = (isoDate, n) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const pad = (v, n) => String(v).padStart(n, '0');
const money = (cents) => `${Math.floor(cents / 100)}.${pad(cents % 100, 2)}`;

/** Today's date in China (UTC+8), YYYY-MM-DD. */
export const chinaToday = () => new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);

/** Invoice key as the extension stores it: the 20-digit number, or CODE-NUMBER for legacy invoices. */
export const invoiceKey = (inv) => (inv.Fpdm ? `${inv.Fpdm}-${inv.Fphm}` : inv.Fphm);

// Fixed seed: amounts, times and numbers never change; only the dates follow `today`.
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @param {string} today YYYY-MM-DD */
export function sampleData(today) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`today must be YYYY-MM-DD, got ${today}`);
  const rand = mulberry32(20240519);
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

  // [role, seller, buyer, FplxDm, FpztDm, this month?]
  const plan = [];
  for (let i = 0; i < 18; i++) plan.push(['visible', SELLERS[i % 7], US, i % 3 === 2 ? '82' : '81', '01', true]);
  plan.push(['voided', SELLERS[2], US, '82', '02', true]);
  plan.push(['red', SELLERS[4], US, '81', '03', true]);
  plan.push(['legacy', SELLERS[0], US, '10', '01', true], ['legacy', SELLERS[0], US, '08', '01', true]);
  CUSTOMERS.forEach((c) => plan.push(['issued-by-us', US, c, '81', '01', true]));
  plan.push(['other-taxpayer', SELLERS[5], BRANCH, '81', '01', true]);
  for (let i = 0; i < 8; i++) plan.push(['older-than-month', SELLERS[(i * 3) % 7], US, i % 2 ? '82' : '81', '01', false]);
  plan.push(['issued-by-us', US, CUSTOMERS[0], '82', '01', false]);

  const dayOfMonth = Number(today.slice(8));
  const monthStart = addDays(today, 1 - dayOfMonth);
  const nMonth = plan.filter((p) => p[5]).length;
  const nOlder = plan.length - nMonth;
  const olderSpan = 75 - dayOfMonth; // days from the day before monthStart back to today-75
  let iMonth = 0;
  let iOlder = 0;
  const invoices = [];
  const roles = Object.fromEntries(Object.keys(DEMO_NOTES).map((r) => [r, []]));
  const seen = new Set();

  for (const [role, seller, buyer, FplxDm, FpztDm, thisMonth] of plan) {
    const date = thisMonth
      ? dayOfMonth > 1
        ? addDays(monthStart, Math.floor((iMonth++ * (dayOfMonth - 1)) / nMonth))
        : addDays(today, -1)
      : addDays(monthStart, -1 - Math.floor((iOlder++ * olderSpan) / (nOlder - 1)));
    const yy = date.slice(2, 4);
    const legacy = FplxDm === '10' || FplxDm === '08';
    const Fpdm = legacy ? `01100${yy}${pad(int(1, 3), 3)}${FplxDm === '10' ? '11' : '13'}` : '';
    const Fphm = legacy ? pad(int(1, 99999999), 8) : `${yy}${seller.Nsrsbh.slice(2, 4)}2${pad(int(1e8, 9e11), 15)}`;
    const cents = int(5000, 2000000);
    const rates = RATES[FplxDm];
    const tax = Math.round(cents * rates[int(0, rates.length - 1)]);
    const inv = {
      Fphm,
      Fpdm,
      FplxDm,
      FpztDm,
      Xsfnsrsbh: seller.Nsrsbh,
      Xsfmc: seller.Nsrmc,
      Gmfnsrsbh: buyer.Nsrsbh,
      Gmfmc: buyer.Nsrmc,
      Kprq: `${date} ${pad(int(8, 19), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}`,
      Hjje: money(cents),
      Hjse: money(tax),
      Jshj: money(cents + tax),
      XsfssjswjgDm: `1${seller.Nsrsbh.slice(2, 8)}0000`,
      Kpr: CLERKS[int(0, CLERKS.length - 1)],
    };
    const key = invoiceKey(inv);
    if (seen.has(key)) throw new Error(`duplicate sample invoice ${key}`);
    seen.add(key);
    invoices.push(inv);
    roles[role].push(key);
  }
  return {
    today,
    taxpayer: US,
    otherTaxpayer: BRANCH,
    companies: [US, BRANCH, ...SELLERS, ...CUSTOMERS],
    invoices,
    roles,
  };
}

/** The invoices that play `role` (a key of DEMO_NOTES). */
export function pick(data, role) {
  const keys = data.roles[role];
  if (!keys) throw new Error(`unknown role ${role}; known: ${Object.keys(DEMO_NOTES).join(', ')}`);
  return data.invoices.filter((inv) => keys.includes(invoiceKey(inv)));
}
