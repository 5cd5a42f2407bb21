import { CAPITAL_CHARS } from '../../invoice/capital-amount';

/** Characters OCR reads for capital numerals (大写) in invoice fonts, and the numeral each one is. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  园: '圆', 因: '圆', 国: '圆', 圖: '圆', 園: '圆', 图: '圆',
  参: '叁', 叄: '叁', 參: '叁',
  查: '壹', 壶: '壹', 壺: '壹', 喜: '壹', 吉: '壹',
  件: '仟', 仔: '仟', 什: '仟', 阡: '仟',
  染: '柒', 沫: '柒', 漆: '柒',
  估: '佰', 伯: '佰', 栢: '佰',
  武: '贰', 貳: '贰', 贡: '贰',
  陸: '陆', 肄: '肆',
  抬: '拾', 恰: '拾',
  捌: '捌', 别: '捌',
  政: '整', 楚: '整',
  等: '零', 素: '壹',
};

/** A capital-numeral reading with its lookalikes turned into the numerals they stand for. */
export function foldCapitalLookalikes(text: string): string {
  return [...text].map((ch) => LOOKALIKES[ch] ?? ch).join('');
}

/**
 * The amount in words from the first numeral to its closing 整, 分, 角 or 圆, once lookalikes are folded; null when any
 * other character sits inside it: a garbled reading is not trusted for a digit, however well it parses.
 */
export function capitalCore(text: string): string | null {
  const folded = foldCapitalLookalikes(text);
  const m = /[负零壹贰叁肆伍陆柒捌玖拾][^]*[整正分角圆元]/.exec(folded);
  if (!m || !/[圆元]/.test(m[0])) return null;
  return [...m[0]].every((ch) => CAPITAL_CHARS.includes(ch)) ? m[0] : null;
}
