import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits';
import { problemCodeOf } from '../test-problem-code';
import { checkSheetExtent } from './sheet-extent';
import { MAX_READ_ROWS } from './sheet-size';

const sheet = (rows: string) => `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
const cell = (ref: string) => `<c r="${ref}"><v>1</v></c>`;

describe('checkSheetExtent', () => {
  it('lets an ordinary sheet through', () => {
    expect(problemCodeOf(() => checkSheetExtent(sheet(`<row r="1">${cell('A1')}${cell('B1')}</row><row r="2">${cell('A2')}</row>`)))).toBeUndefined();
  });

  it.each([
    ['a cell past the last row a sheet may have', sheet(`<row r="${MAX_READ_ROWS + 1}">${cell(`A${MAX_READ_ROWS + 1}`)}</row>`), 'sheet-too-many-rows'],
    ['a cell at XFD1048576', sheet(`<row r="1048576">${cell('XFD1048576')}</row>`), 'sheet-too-many-rows'],
    ['a cell past the last column', sheet(`<row r="1">${cell('GS1')}</row>`), 'sheet-too-many-columns'],
    ['cells without references, one after another', sheet(`<row>${'<c><v>1</v></c>'.repeat(LIMITS.sheetColumns + 1)}</row>`), 'sheet-too-many-columns'],
    ['rows without references, one after another', sheet(`${'<row><c><v>1</v></c></row>'.repeat(MAX_READ_ROWS + 1)}`), 'sheet-too-many-rows'],
    ['a namespace prefix', sheet(`<x:row r="1"><x:c r="XFD1"><x:v>1</x:v></x:c></x:row>`), 'sheet-too-many-columns'],
    ['more cells with content than the limit', sheet(Array.from({ length: LIMITS.sheetCells / 100 + 1 }, (_, r) => `<row r="${r + 1}">${'<c><v>1</v></c>'.repeat(100)}</row>`).join('')), 'sheet-too-many-cells'],
  ])('refuses %s', (_label, xml, code) => {
    expect(problemCodeOf(() => checkSheetExtent(xml))).toBe(code);
  });

  it('does not count empty formatted cells, which the reader drops too', () => {
    expect(problemCodeOf(() => checkSheetExtent(sheet(`<row r="1">${cell('A1')}<c r="XFD1" s="3"/></row>`)))).toBeUndefined();
  });
});
