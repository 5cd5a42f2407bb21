/** Fake but well-formed parties: Chinese company names, valid unified social credit codes, addresses, bank accounts. */
import { orgCodeCheckChar, usccCheckChar } from '../../utils/invoice/tax-id';
import type { Prng } from '../../utils/invoice/test-prng';

export interface Region {
  /** Digits 3–4 of a 数电 number (GB/T 2260 province). */
  province: string;
  /** Name in legacy titles: 北京增值税电子普通发票. */
  titleName: string;
  /** Digits 2–5 of a 12-digit code, 1–4 of a 10-digit one. */
  legacyRegion: string;
  /** 税务局 name in the 监制章. */
  bureau: string;
  city: string;
  /** [GB/T 2260 county code, district name]: digits 3–8 of the credit code. */
  districts: readonly (readonly [string, string])[];
  streets: readonly string[];
  areaCode: string;
}

const REGIONS: readonly Region[] = [
  {
    province: '11',
    titleName: '北京',
    legacyRegion: '1100',
    bureau: '国家税务总局北京市税务局',
    city: '北京市',
    districts: [
      ['110105', '朝阳区'],
      ['110108', '海淀区'],
      ['110101', '东城区'],
    ],
    streets: ['建国路', '中关村大街', '东三环北路', '学院路', '朝阳门外大街'],
    areaCode: '010',
  },
  {
    province: '31',
    titleName: '上海',
    legacyRegion: '3100',
    bureau: '国家税务总局上海市税务局',
    city: '上海市',
    districts: [
      ['310115', '浦东新区'],
      ['310104', '徐汇区'],
      ['310106', '静安区'],
    ],
    streets: ['张江路', '漕溪北路', '南京西路', '世纪大道', '虹桥路'],
    areaCode: '021',
  },
  {
    province: '44',
    titleName: '广东',
    legacyRegion: '4400',
    bureau: '国家税务总局广东省税务局',
    city: '广州市',
    districts: [
      ['440106', '天河区'],
      ['440104', '越秀区'],
    ],
    streets: ['天河路', '珠江新城华夏路', '中山五路', '体育西路'],
    areaCode: '020',
  },
  {
    province: '32',
    titleName: '江苏',
    legacyRegion: '3200',
    bureau: '国家税务总局江苏省税务局',
    city: '南京市',
    districts: [
      ['320102', '玄武区'],
      ['320106', '鼓楼区'],
    ],
    streets: ['中山路', '北京东路', '汉中路', '珠江路'],
    areaCode: '025',
  },
  {
    province: '33',
    titleName: '浙江',
    legacyRegion: '3300',
    bureau: '国家税务总局浙江省税务局',
    city: '杭州市',
    districts: [
      ['330106', '西湖区'],
      ['330108', '滨江区'],
    ],
    streets: ['文三路', '江南大道', '天目山路', '网商路'],
    areaCode: '0571',
  },
  {
    province: '12',
    titleName: '天津',
    legacyRegion: '1200',
    bureau: '国家税务总局天津市税务局',
    city: '天津市',
    districts: [
      ['120101', '和平区'],
      ['120104', '南开区'],
    ],
    streets: ['南京路', '卫津路', '鞍山道'],
    areaCode: '022',
  },
];

export interface Party {
  name: string;
  taxId: string;
  address: string;
  phone: string;
  bank: string;
  account: string;
  region: Region;
}

const USCC_BODY_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const BRANDS = [
  '瀚海', '锦程', '华信', '恒通', '睿博', '博远', '新元', '金桥', '盛达', '鼎盛', '云帆', '佳和',
  '卓越', '启明', '同创', '汇智', '嘉禾', '泰和', '明德', '远景', '拓新', '宏图', '晟鑫', '青禾',
];
const BANKS = ['中国工商银行', '中国建设银行', '中国银行', '招商银行', '交通银行', '中国农业银行'];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何林高罗';
const GIVEN = ['丽', '敏', '静', '磊', '洋', '芳', '娜', '伟', '婷', '强', '晨', '颖', '浩', '雪', '鹏'];

function digits(rng: Prng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(10));
  return s;
}

/** 91 (market regulation, company) + county + organisation code (8 + GB 11714 check) + GB 32100 check. */
function creditCode(rng: Prng, county: string): string {
  // Codes issued after 2015 carry an MA-prefixed organisation body; older companies kept their numeric one.
  let body = rng.next() < 0.6 ? 'MA0' : String(5 + rng.int(3));
  while (body.length < 8) body += rng.next() < 0.7 ? String(rng.int(10)) : rng.pick([...USCC_BODY_CHARS.slice(10)]);
  const first17 = `91${county}${body}${orgCodeCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
}

export function personName(rng: Prng): string {
  return rng.pick([...SURNAMES]) + rng.pick(GIVEN) + (rng.next() < 0.3 ? rng.pick(GIVEN) : '');
}

/** `industry` is the business word in the name (信息技术, 餐饮管理 ...), matching what the company sells. */
export function makeParty(rng: Prng, industry: string, region = rng.pick(REGIONS)): Party {
  const [county, district] = rng.pick(region.districts);
  const shortCity = region.city.replace(/市$/, '');
  const bank = rng.pick(BANKS);
  const floor = rng.next() < 0.5 ? `${1 + rng.int(20)}层` : '';
  return {
    name: `${shortCity}${rng.pick(BRANDS)}${industry}有限公司`,
    taxId: creditCode(rng, county),
    address: `${region.city}${district}${rng.pick(region.streets)}${1 + rng.int(399)}号${floor}`,
    phone: `${region.areaCode}-${2 + rng.int(7)}${digits(rng, 7)}`,
    bank: `${bank}${shortCity}${district.replace(/区$/, '')}支行`,
    account: bank === '招商银行' ? digits(rng, 15) : `${1 + rng.int(9)}${digits(rng, 18)}`,
    region,
  };
}
