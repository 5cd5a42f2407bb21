/**
 * Digits 3–4 of a 20-digit 数电 number: the provincial tax bureau, by GB/T 2260 province code. The five 计划单列市
 * (大连, 宁波, 厦门, 青岛, 深圳) have their own provincial-level bureaus and, per the published rule, their own codes
 * here; we could not confirm which two digits they use, so they are left out and an unknown code is only a warning.
 */
const PROVINCES: Readonly<Record<string, string>> = {
  '11': '北京',
  '12': '天津',
  '13': '河北',
  '14': '山西',
  '15': '内蒙古',
  '21': '辽宁',
  '22': '吉林',
  '23': '黑龙江',
  '31': '上海',
  '32': '江苏',
  '33': '浙江',
  '34': '安徽',
  '35': '福建',
  '36': '江西',
  '37': '山东',
  '41': '河南',
  '42': '湖北',
  '43': '湖南',
  '44': '广东',
  '45': '广西',
  '46': '海南',
  '50': '重庆',
  '51': '四川',
  '52': '贵州',
  '53': '云南',
  '54': '西藏',
  '61': '陕西',
  '62': '甘肃',
  '63': '青海',
  '64': '宁夏',
  '65': '新疆',
};

export function provinceName(code: string): string | undefined {
  return Object.hasOwn(PROVINCES, code) ? PROVINCES[code] : undefined;
}
