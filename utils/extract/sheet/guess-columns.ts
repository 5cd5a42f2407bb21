import { normaliseAmount, normaliseDate, normaliseDigits, normaliseTaxId } from '../../invoice/normalise';
import type { ColumnMapping } from './header-map';

type CellKind = 'shudianNumber' | 'legacyNumber' | 'code' | 'date' | 'amount' | 'taxId' | 'name';

/** Rows looked at: enough to see a column's kind, few enough to be quick on a long paste. */
const SAMPLE_ROWS = 10;
const ORGANISATION = /公司|有限|集团|厂|店|中心|事务所|医院|学校|大学|研究院|合作社/;

function kindOf(cell: string): CellKind | null {
  const text = cell.trim();
  // Dates need a separator or 年: eight bare digits are a legacy invoice number first.
  if (/[-/.年]/.test(text) && normaliseDate(text) !== null) return 'date';
  const digits = normaliseDigits(text);
  if (/^\d{20}$/.test(digits)) return 'shudianNumber';
  if (/^\d{8}$/.test(digits)) return 'legacyNumber';
  if (/^\d{10}$|^\d{12}$/.test(digits)) return 'code';
  if (/^[0-9A-Z]{15}$|^[0-9A-Z]{18}$|^[0-9A-Z]{20}$/.test(normaliseTaxId(text))) return 'taxId';
  if (/[.,¥￥]/.test(text) && normaliseAmount(text) !== null) return 'amount';
  if (ORGANISATION.test(text)) return 'name';
  return null;
}

const DATA_KINDS: ReadonlySet<CellKind> = new Set(['shudianNumber', 'legacyNumber', 'code', 'date', 'amount', 'taxId']);

/** A row holding an invoice number, code, date, amount or tax ID is data, not a header. */
export function looksLikeData(row: readonly string[]): boolean {
  return row.some((cell) => DATA_KINDS.has(kindOf(cell)!));
}

/** A column's kind when every sampled non-empty cell has it. */
function columnKind(rows: readonly string[][], column: number): CellKind | null {
  const kinds = new Set(rows.map((r) => (r[column] ?? '').trim()).filter((c) => c !== '').map(kindOf));
  return kinds.size === 1 ? [...kinds][0]! : null;
}

function meanAbsAmount(rows: readonly string[][], column: number): number {
  const values = rows.flatMap((r) => {
    const a = normaliseAmount(r[column] ?? '');
    return a === null ? [] : [Math.abs(Number(a))];
  });
  return values.reduce((s, v) => s + v, 0) / Math.max(values.length, 1);
}

/**
 * Amount columns by size: 价税合计 ≥ 金额 ≫ 税额. Two columns close in size (ratio ≥ 0.75, tax ≤ 13%) are 金额 and
 * 价税合计; far apart (≤ 0.2) they are 金额 and 税额.
 */
function amountColumns(rows: readonly string[][], columns: number[]): ColumnMapping {
  const [large, middle, small] = [...columns].sort((a, b) => meanAbsAmount(rows, b) - meanAbsAmount(rows, a));
  if (large === undefined) return {};
  if (middle === undefined) return { total: large };
  if (small !== undefined) return { total: large, amount: middle, tax: small };
  const ratio = meanAbsAmount(rows, middle) / (meanAbsAmount(rows, large) || 1);
  if (ratio >= 0.75) return { total: large, amount: middle };
  if (ratio <= 0.2) return { amount: large, tax: middle };
  return { total: large };
}

/**
 * Columns guessed from what the cells hold: a 20- or 8-digit number, a 10/12-digit code, a date, amounts, tax IDs
 * (seller first), organisation names (seller first). Adds to the `known` columns (from headers), never overrides them.
 * The user confirms the guess.
 */
export function guessColumns(rows: readonly string[][], width: number, known: ColumnMapping = {}): ColumnMapping {
  const sample = rows.slice(0, SAMPLE_ROWS);
  const taken = new Set(Object.values(known));
  const byKind = new Map<CellKind, number[]>();
  for (let c = 0; c < width; c++) {
    if (taken.has(c)) continue;
    const kind = columnKind(sample, c);
    if (kind) byKind.set(kind, [...(byKind.get(kind) ?? []), c]);
  }
  const first = (kind: CellKind, nth = 0) => byKind.get(kind)?.[nth];
  const guess: ColumnMapping = {
    number: first('shudianNumber') ?? first('legacyNumber'),
    code: first('code'),
    date: first('date'),
    sellerTaxId: first('taxId'),
    buyerTaxId: first('taxId', 1),
    sellerName: first('name'),
    buyerName: first('name', 1),
    ...amountColumns(sample, byKind.get('amount') ?? []),
  };
  const guessed = Object.entries(guess).filter(([field, i]) => i !== undefined && !(field in known));
  return { ...(Object.fromEntries(guessed) as ColumnMapping), ...known };
}
