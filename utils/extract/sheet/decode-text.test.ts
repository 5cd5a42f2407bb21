import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

const TEXT = '发票号码,销售方名称,价税合计\n24112000000012345678,北京示例科技有限公司,"1,060.00"\n';
const bytes = (...parts: Array<Uint8Array | number[]>) => new Uint8Array(parts.flatMap((p) => [...p]));

describe('decodeText', () => {
  it.each([
    ['UTF-8 without BOM', new TextEncoder().encode(TEXT)],
    ['UTF-8 with BOM (Excel "CSV UTF-8")', bytes([0xef, 0xbb, 0xbf], new TextEncoder().encode(TEXT))],
    ['UTF-16LE with BOM (Excel "Unicode text")', bytes([0xff, 0xfe], iconv.encode(TEXT, 'utf16le'))],
    ['UTF-16BE with BOM', bytes([0xfe, 0xff], iconv.encode(TEXT, 'utf16be'))],
    ['GBK, as Excel on Chinese Windows saves CSV', iconv.encode(TEXT, 'gbk')],
    ['GB18030', iconv.encode(TEXT, 'gb18030')],
  ])('%s', (_label, input) => {
    expect(decodeText(input)).toBe(TEXT);
  });

  it('reads names only GB18030 can encode (four-byte sequences) in a GB18030 file', () => {
    const name = '𠀀记商行';
    expect(decodeText(iconv.encode(name, 'gb18030'))).toBe(name);
  });
});
