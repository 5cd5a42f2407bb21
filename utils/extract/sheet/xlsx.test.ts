import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractError } from '../extract-error';
import { LIMITS } from '../limits';
import { scanZip } from '../zip';
import { workbook } from './test-workbook';
import { numberText, readXlsx, uncompressedParts } from './xlsx';

async function errorCode(run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run();
  } catch (e) {
    return e instanceof ExtractError ? e.problem.code : String(e);
  }
  return undefined;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An OLE compound file whose directory names the given streams (UTF-16LE, as in the real format). */
function oleFile(streams: string[]): Uint8Array {
  const names = streams.flatMap((s) => [...s].flatMap((c) => [c.charCodeAt(0), 0]).concat(new Array(64 - s.length * 2).fill(0)));
  return new Uint8Array([...OLE_MAGIC, ...new Array(504).fill(0), ...names]);
}

describe('numberText', () => {
  it.each([
    ['1060.1', '1060.1'],
    ['1234.5599999999999', '1234.56'],
    ['0.30000000000000004', '0.3'],
    ['-530', '-530'],
    ['12345678', '12345678'],
    ['999999999999999', '999999999999999'],
    ['1E-7', '0.0000001'],
    ['2.4112000000012302E+19', '2.41120000000123E+19'],
    ['911101080000123456', '9.11101080000123E+17'],
  ])('%s → %s', (stored, text) => {
    expect(numberText(stored)).toBe(text);
  });
});

describe('uncompressedParts', () => {
  it('hands the library only the XML parts, stored, so it never inflates in a blob: worker the extension CSP blocks', async () => {
    const entries = unzipSync(await workbook([{ name: 'S', data: [['发票号码']] }]));
    const parts = scanZip(uncompressedParts(zipSync({ ...entries, 'xl/media/image1.png': new Uint8Array(2048) })));
    expect(parts.map((e) => e.name).sort()).toEqual(Object.keys(entries).filter((n) => /\.(xml|rels)$/.test(n)).sort());
    expect(parts.every((e) => e.compressedSize === e.size)).toBe(true);
  });

  it('reads a sheet whose XML is larger than the 512 KB from which fflate would start a worker', async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => [`2411200000${String(i).padStart(10, '0')}`, '2024-02-19', 1060.5, '91110108MA01ABCD2X']);
    const bytes = await workbook([{ name: 'S', data: [['发票号码', '开票日期', '价税合计', '销方税号'], ...rows] }]);
    const sheetXml = unzipSync(bytes)['xl/worksheets/sheet1.xml']!;
    expect(sheetXml.length).toBeGreaterThan(512 * 1024);
    const [sheet] = await readXlsx(bytes);
    expect(sheet!.rows).toHaveLength(6001);
    expect(sheet!.rows[6000]).toEqual(['24112000000000005999', '2024-02-19', '1060.5', '91110108MA01ABCD2X']);
  });
});

describe('readXlsx', () => {
  // West of Greenwich a date read with local-time getters falls on the day before.
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/Los_Angeles';
  });
  afterAll(() => {
    process.env.TZ = zone;
  });

  it('reads every sheet as text: dates as typed, numbers in plain decimals, codes with their leading zero', async () => {
    const bytes = await workbook([
      {
        name: '明细',
        data: [
          ['发票代码', '发票号码', '开票日期', '价税合计', '已付'],
          ['011002300111', 12345678, new Date(Date.UTC(2024, 0, 1)), 1060.1, true],
          [null, '24112000000012345678', { value: new Date(Date.UTC(2024, 1, 29, 23, 59, 59)), type: Date, format: 'yyyy-mm-dd hh:mm:ss' }, 0.1 + 0.2, false],
        ],
      },
      { name: 'Sheet2', data: [['备注']] },
    ]);
    expect(await readXlsx(bytes)).toEqual([
      {
        name: '明细',
        rows: [
          ['发票代码', '发票号码', '开票日期', '价税合计', '已付'],
          ['011002300111', '12345678', '2024-01-01', '1060.1', 'TRUE'],
          ['', '24112000000012345678', '2024-02-29', '0.3', 'FALSE'],
        ],
      },
      { name: 'Sheet2', rows: [['备注']] },
    ]);
  });

  it('marks a 20-digit number stored as a number as rounded instead of passing on wrong digits', async () => {
    const bytes = await workbook([{ name: 'S', data: [['发票号码'], [24112000000012345678]] }]);
    const [sheet] = await readXlsx(bytes);
    expect(sheet!.rows[1]).toEqual(['2.41120000000123E+19']);
  });

  it('reads a workbook handed over as a view into a larger buffer (a Node Buffer from fs)', async () => {
    const file = await workbook([{ name: 'S', data: [['发票号码'], ['24112000000012345678']] }]);
    const other = await workbook([{ name: 'Other', data: [['x']] }]);
    const both = new Uint8Array(file.length + other.length);
    both.set(file);
    both.set(other, file.length);
    // Buffer#slice returns a view, not a copy: reading `.buffer` of it would see the other workbook.
    const view = Buffer.from(both.buffer).subarray(0, file.length);
    expect(await readXlsx(view)).toEqual([{ name: 'S', rows: [['发票号码'], ['24112000000012345678']] }]);
  });

  it('refuses a zip bomb hidden in a workbook before unpacking it', async () => {
    const entries = unzipSync(await workbook([{ name: 'S', data: [['发票号码']] }]));
    const bomb = zipSync({ ...entries, 'xl/media/image1.bin': new Uint8Array(30 * 1024 * 1024) }, { level: 9 });
    expect(await errorCode(() => readXlsx(bomb))).toBe('zip-bomb');
  });

  it('refuses a cell longer than Excel allows', async () => {
    const bytes = await workbook([{ name: 'S', data: [['发票号码', '备注'], ['24112000000012345678', 'x'.repeat(LIMITS.sheetCellChars + 1)]] }]);
    expect(await errorCode(() => readXlsx(bytes))).toBe('sheet-cell-too-long');
  });

  it('refuses a 1 kB workbook with one cell at XFD1048576 before the library builds its rows (it ran out of memory)', async () => {
    const entries = unzipSync(await workbook([{ name: 'S', data: [['发票号码']] }]));
    const sheet = new TextDecoder().decode(entries['xl/worksheets/sheet1.xml']);
    const far = sheet.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>');
    const bytes = zipSync({ ...entries, 'xl/worksheets/sheet1.xml': new TextEncoder().encode(far) });
    expect(bytes.length).toBeLessThan(8 * 1024);
    expect(await errorCode(() => readXlsx(bytes))).toBe('sheet-too-many-rows');
  });

  it('calls a workbook whose sheet has no worksheet relationship invalid (the library gave it no data: a TypeError)', async () => {
    const entries = unzipSync(await workbook([{ name: 'S', data: [['发票号码']] }, { name: 'T', data: [['发票号码']] }]));
    const rels = new TextDecoder().decode(entries['xl/_rels/workbook.xml.rels']).replace('relationships/worksheet"', 'relationships/chartsheet"');
    const bytes = zipSync({ ...entries, 'xl/_rels/workbook.xml.rels': new TextEncoder().encode(rels) });
    expect(await errorCode(() => readXlsx(bytes))).toBe('xlsx-invalid');
  });

  it.each([
    ['a password-protected workbook', oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']), 'xlsx-encrypted'],
    ['an old .xls', oleFile(['Root Entry', 'Workbook', 'SummaryInformation']), 'xls-unsupported'],
    ['a CSV named .xlsx', new TextEncoder().encode('发票号码,价税合计\n'), 'xlsx-invalid'],
    ['a damaged zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'zip-corrupt'],
  ])('refuses %s with a clear reason', async (_label, bytes, code) => {
    expect(await errorCode(() => readXlsx(bytes))).toBe(code);
  });

  it('tells the user what to do with an encrypted or old file', async () => {
    await expect(readXlsx(oleFile(['EncryptedPackage']))).rejects.toMatchObject({ problem: { zh: expect.stringContaining('密码'), en: expect.stringContaining('password') } });
    await expect(readXlsx(oleFile(['Workbook']))).rejects.toMatchObject({ problem: { zh: expect.stringContaining('另存为 .xlsx 或 CSV'), en: expect.stringContaining('.xlsx or CSV') } });
  });
});
