import { describe, expect, it } from 'vitest';
import { ExtractError } from '../extract-error';
import { LIMITS } from '../limits';
import { detectDelimiter, parseDelimited } from './delimited';
import { HEADER_SCAN_ROWS } from './header-map';

function errorCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (e) {
    return e instanceof ExtractError ? e.problem.code : String(e);
  }
  return undefined;
}

describe('parseDelimited', () => {
  it.each([
    ['LF', 'a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['CRLF', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['CR (old Mac Excel)', 'a,b\r1,2', [['a', 'b'], ['1', '2']]],
    ['no final line break', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['empty fields', 'a,,c\n,,\n', [['a', '', 'c'], ['', '', '']]],
    ['a comma inside quotes', '名称,金额\n"北京示例科技有限公司","1,060.00"\n', [['名称', '金额'], ['北京示例科技有限公司', '1,060.00']]],
    ['doubled quotes', '备注\n"他说""急用"""\n', [['备注'], ['他说"急用"']]],
    ['a line break inside quotes', '名称,备注\n"甲公司","第一行\r\n第二行"\n乙公司,x\n', [['名称', '备注'], ['甲公司', '第一行\r\n第二行'], ['乙公司', 'x']]],
    ['a quote inside an unquoted field stays text', 'a,5"屏\n', [['a', '5"屏']]],
    ['Excel clipboard TSV', '发票号码\t价税合计\r\n24112000000012345678\t1,060.00\r\n', [['发票号码', '价税合计'], ['24112000000012345678', '1,060.00']]],
    ['semicolons (European Excel)', 'a;b\n1;2\n', [['a', 'b'], ['1', '2']]],
  ])('%s', (_label, text, rows) => {
    expect(parseDelimited(text)).toEqual(rows);
  });

  it.each([
    ['tab wins over commas in amounts', '号码\t金额\n1\t1,060.00\n2\t2,120.00\n', '\t'],
    ['comma for a plain CSV', '号码,金额,税额\n1,1060.00,60\n', ','],
    ['comma when quoted fields hold tabs', 'a,b\n"x\ty",z\n', ','],
    ['semicolon', 'a;b;c\n1;2;3\n', ';'],
  ])('detects the delimiter: %s', (_label, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it(`refuses more rows than ${LIMITS.sheetRows} data rows and a header can fill`, () => {
    const most = LIMITS.sheetRows + HEADER_SCAN_ROWS;
    const ok = 'x\n'.repeat(most);
    expect(parseDelimited(ok)).toHaveLength(most);
    // Blank lines after the last row Excel keeps are no rows.
    expect(parseDelimited(`${ok}\r\n\r\n`)).toHaveLength(most);
    expect(errorCode(() => parseDelimited(`${ok}x\n`))).toBe('sheet-too-many-rows');
  });

  // Every delimiter overflowing in the sample once fell back to tab: one column holding the whole 2 MB line.
  it.each([',', '\t', ';'])('refuses a line of a million columns split by %j, not reads it as one column', (delimiter) => {
    const wide = `${new Array(1_000_000).fill('1').join(delimiter)}\n`;
    expect(detectDelimiter(wide)).toBe(delimiter);
    expect(errorCode(() => parseDelimited(wide))).toBe('sheet-too-many-columns');
  });

  it('still prefers a delimiter that splits evenly over one that overflows in a long note', () => {
    const tsv = `号码\t备注\n1\t${','.repeat(LIMITS.sheetColumns + 5)}\n2\tx\n`;
    expect(detectDelimiter(tsv)).toBe('\t');
  });

  it.each([
    ['quoted and never closed', `"${'x'.repeat(LIMITS.sheetCellChars + 1)}`],
    ['unquoted', `a,b\n1,${'y'.repeat(LIMITS.sheetCellChars + 1)}\n`],
  ])(`refuses a cell longer than ${LIMITS.sheetCellChars} characters: %s`, (_label, text) => {
    expect(errorCode(() => parseDelimited(text))).toBe('sheet-cell-too-long');
  });

  it(`reads a cell of exactly ${LIMITS.sheetCellChars} characters`, () => {
    expect(parseDelimited(`a\n${'z'.repeat(LIMITS.sheetCellChars)}\n`)[1]![0]).toHaveLength(LIMITS.sheetCellChars);
  });

  it(`refuses more than ${LIMITS.sheetColumns} columns and names the row`, () => {
    const wide = `a\n${Array.from({ length: LIMITS.sheetColumns + 1 }, (_, i) => i).join(',')}\n`;
    try {
      parseDelimited(wide, ',');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ExtractError);
      expect((e as ExtractError).problem).toMatchObject({ code: 'sheet-too-many-columns', zh: expect.stringContaining('第 2 行'), en: expect.stringContaining(String(LIMITS.sheetColumns)) });
    }
  });
});
