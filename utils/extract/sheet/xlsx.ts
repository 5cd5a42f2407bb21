import { zipSync } from 'fflate';
import readXlsxFile, { type Sheet } from 'read-excel-file/universal';
import { fileError } from '../extract-error';
import { LIMITS } from '../limits';
import { readZip } from '../zip';
import { ROUNDED_FROM } from './rounded-number';
import { checkSheetExtent } from './sheet-extent';
import { cellTooLong, MAX_READ_ROWS, tooManyColumns, tooManyRows } from './sheet-size';

export interface SheetTable {
  name: string;
  /** Cells as text, rows from Excel's row 1 on (index + 1 = the row number Excel shows). */
  rows: string[][];
}

/** A numeric cell as the file stores it (`<v>`), before JavaScript rounds it. */
interface StoredNumber {
  stored: string;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound document: an old .xls, or an .xlsx that Office encrypted with a password. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Office's password encryption keeps the workbook in a stream of this name (UTF-16LE in the OLE directory). */
const ENCRYPTED_STREAM = String.fromCharCode(...[...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]));

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

const passwordProtected = () =>
  fileError(
    'xlsx-encrypted',
    '工作簿设置了打开密码，无法读取；请在 Excel 中取消密码（文件 → 信息 → 保护工作簿）后重新导入。',
    'The workbook is password-protected; remove the password in Excel (File → Info → Protect Workbook) and import it again.',
  );
const oldXls = () =>
  fileError(
    'xls-unsupported',
    '这是旧版 Excel 97-2003 (.xls) 文件，无法读取；请在 Excel 中另存为 .xlsx 或 CSV 后重新导入。',
    'This is an old Excel 97-2003 (.xls) file; save it as .xlsx or CSV in Excel and import it again.',
  );
const notWorkbook = () =>
  fileError('xlsx-invalid', '这不是有效的 Excel 工作簿 (.xlsx)，无法读取。', 'This is not a valid Excel workbook (.xlsx) and cannot be read.');

function refuseOle(bytes: Uint8Array): never {
  const text = new TextDecoder('latin1').decode(bytes);
  throw text.includes(ENCRYPTED_STREAM) ? passwordProtected() : oldXls();
}

/** Plain decimal as Excel shows it (15 significant digits); long numbers keep the exponent form that marks them rounded. */
export function numberText(stored: string): string {
  const n = Number(stored);
  if (!Number.isFinite(n)) return stored.trim();
  const shown = Number(n.toPrecision(15));
  if (Math.abs(shown) >= ROUNDED_FROM) return shown.toExponential().toUpperCase();
  const text = String(shown);
  // Below 1e-6 JavaScript switches to exponent form too.
  return text.includes('e') ? shown.toFixed(20).replace(/\.?0+$/, '') : text;
}

/** The library returns a date cell as its wall-clock time in UTC; the UTC calendar day is the day as typed. */
function dateText(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateText(value);
  if (typeof value === 'object' && 'stored' in value) return numberText((value as StoredNumber).stored);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function rowTexts(row: readonly unknown[], rowNumber: number): string[] {
  const cells = row.map(cellText);
  while (cells.length > 0 && cells.at(-1)!.trim() === '') cells.pop();
  if (cells.length > LIMITS.sheetColumns) throw tooManyColumns(rowNumber);
  if (cells.some((c) => c.length > LIMITS.sheetCellChars)) throw cellTooLong(rowNumber);
  return cells;
}

/**
 * The workbook's XML parts, repacked without compression. read-excel-file unzips with fflate's async `unzip`, which
 * inflates any entry of 512 KB or more in a blob: Worker; the extension's CSP (script-src 'self') blocks blob: workers
 * and fflate never hears of it, so a large sheet would never finish reading. Stored entries are copied synchronously.
 * readZip has already refused bombs, encryption and too many entries; each worksheet's extent is checked here, before
 * read-excel-file builds its rows.
 */
export function uncompressedParts(bytes: Uint8Array): Uint8Array {
  const parts = readZip(bytes, (name) => /\.(xml|rels)$/i.test(name));
  const utf8 = new TextDecoder();
  for (const [name, data] of parts) if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) checkSheetExtent(utf8.decode(data));
  return zipSync(Object.fromEntries(parts), { level: 0 });
}

/**
 * Every sheet of an .xlsx workbook as text cells. The archive is checked first (zip bombs, encryption, entry count);
 * a password-protected workbook or an old .xls is refused with what to do instead.
 */
export async function readXlsx(bytes: Uint8Array): Promise<SheetTable[]> {
  if (startsWith(bytes, OLE_MAGIC)) refuseOle(bytes);
  if (!startsWith(bytes, ZIP_MAGIC)) throw notWorkbook();
  const parts = uncompressedParts(bytes);
  let sheets: Sheet<StoredNumber>[];
  try {
    sheets = await readXlsxFile<StoredNumber>(parts.buffer as ArrayBuffer, { parseNumber: (stored) => ({ stored }) });
  } catch {
    throw notWorkbook();
  }
  return sheets.map(({ sheet, data }) => {
    // A sheet without a worksheet relationship (a damaged .rels) comes back without data.
    if (!Array.isArray(data)) throw notWorkbook();
    if (data.length > MAX_READ_ROWS) throw tooManyRows();
    return { name: sheet, rows: data.map((row, i) => rowTexts(row, i + 1)) };
  });
}
