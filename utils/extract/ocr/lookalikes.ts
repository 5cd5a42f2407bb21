/** Characters OCR reads for a digit when the field can only hold digits. */
const AS_DIGIT: Readonly<Record<string, string>> = {
  O: '0', o: '0', D: '0', Q: '0', '〇': '0', '○': '0', U: '0',
  I: '1', l: '1', i: '1', '|': '1', '!': '1', ']': '1', '[': '1', J: '1',
  Z: '2', z: '2',
  S: '5', s: '5', $: '5',
  B: '8', '&': '8',
  G: '6', b: '6',
  g: '9', q: '9',
  T: '7',
};

/** Digits as far as lookalikes allow; everything else (spaces, separators OCR added) is dropped. */
export function asDigits(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') out += ch;
    else if (AS_DIGIT[ch] !== undefined) out += AS_DIGIT[ch];
  }
  return out;
}

/**
 * Each tax-ID character and what OCR confuses it with. The credit-code alphabet has no I, O, Z, S, V, so those are
 * always misreadings; the others are tried when the check character fails.
 */
export const TAX_ID_CONFUSIONS: Readonly<Record<string, readonly string[]>> = {
  '0': ['D', 'Q', 'U', '8'],
  '1': ['7', 'T', 'L', 'J'],
  '2': ['Z', '7'],
  '3': ['8', '5'],
  '4': ['A'],
  '5': ['6', '3'],
  '6': ['5', 'G', '8'],
  '7': ['1', 'T'],
  '8': ['B', '6', '3', '0'],
  '9': ['4'],
  A: ['4'],
  B: ['8'],
  C: ['G', '0'],
  D: ['0'],
  G: ['6', 'C'],
  H: ['N', 'M'],
  J: ['1'],
  K: ['X'],
  L: ['1'],
  M: ['N', 'H'],
  N: ['M', 'H'],
  Q: ['0'],
  T: ['1', '7', 'Y'],
  U: ['0', 'W'],
  W: ['U'],
  X: ['K', 'Y'],
  Y: ['X', 'T'],
};

/** Letters outside the credit-code alphabet, always a misread of the character beside them. */
export const NOT_IN_TAX_ID: Readonly<Record<string, string>> = { I: '1', O: '0', Z: '2', S: '5', V: 'U' };
