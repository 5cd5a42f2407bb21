import type { Problem } from '../../invoice/model';
import { normaliseDigits } from '../../invoice/normalise';
import { isSummaryRow } from '../../portal/result-columns';
import { typeCodeFromText } from '../../portal/portal-codes';
import { combineReadings, readingsOf } from '../combine';
import type { DraftField, InvoiceDraft } from '../types';
import type { ColumnMapping } from './header-map';
import { isRoundedNumber } from './rounded-number';
import {
  leadingZerosProblem,
  noNumberProblem,
  ROUNDABLE,
  roundedProblem,
  summaryRowsProblem,
  type RoundableField,
} from './sheet-problems';

export interface SheetDrafts {
  drafts: InvoiceDraft[];
  problems: Problem[];
}

/** Placeholders people and the portal put in empty cells. */
const EMPTY_CELL = /^[\s\-—–_/]*$|^(?:无|N\/?A)$/i;

export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/**
 * Restores leading zeros Excel dropped when it stored a code or number as a number: a 12-digit code always starts with
 * 0, and a legacy number has 8 digits. Returns null when nothing was missing.
 */
function restoreZeros(code: string, number: string): { code: string; number: string } | null {
  const fullCode = /^\d{11}$/.test(code) ? `0${code}` : code;
  const fullNumber = /^\d{10}$|^\d{12}$/.test(fullCode) && /^\d{1,7}$/.test(number) ? number.padStart(8, '0') : number;
  return fullCode === code && fullNumber === number ? null : { code: fullCode, number: fullNumber };
}

/**
 * Turns the data rows (from index `firstDataRow`) into drafts, one per invoice row, each placed as `第N行` with N the
 * row number Excel shows. Blank rows are passed over; totals rows, rows without a number and rounded numbers are
 * skipped and reported.
 */
export function rowsToDrafts(rows: readonly string[][], mapping: ColumnMapping, firstDataRow: number): SheetDrafts {
  const drafts: InvoiceDraft[] = [];
  const summaryRows: number[] = [];
  const noNumber: number[] = [];
  const zerosRestored: number[] = [];
  const rounded = new Map<RoundableField, number[]>();
  const fields = Object.keys(mapping) as DraftField[];

  for (let i = firstDataRow; i < rows.length; i++) {
    const cells = rows[i]!;
    const rowNumber = i + 1;
    if (isBlankRow(cells)) continue;
    if (isSummaryRow(cells)) {
      summaryRows.push(rowNumber);
      continue;
    }
    const values: Partial<Record<DraftField, string>> = {};
    let numberRounded = false;
    for (const field of fields) {
      const text = (cells[mapping[field]!] ?? '').trim();
      if (EMPTY_CELL.test(text)) continue;
      if (field in ROUNDABLE && isRoundedNumber(text)) {
        const list = rounded.get(field as RoundableField) ?? [];
        list.push(rowNumber);
        rounded.set(field as RoundableField, list);
        numberRounded ||= field === 'number';
        continue;
      }
      values[field] = text;
    }
    if (numberRounded) continue;
    let number = normaliseDigits(values.number ?? '');
    let code = normaliseDigits(values.code ?? '');
    if (!/\d/.test(number)) {
      noNumber.push(rowNumber);
      continue;
    }
    const restored = restoreZeros(code, number);
    if (restored) {
      ({ code, number } = restored);
      zerosRestored.push(rowNumber);
    }
    // A 20-digit number is a 数电 invoice, identified by the number alone.
    if (/^\d{20}$/.test(number)) code = '';
    const typeCode = values.typeCode === undefined ? undefined : (typeCodeFromText(values.typeCode) ?? undefined);
    drafts.push(combineReadings(readingsOf({ ...values, number, code, typeCode }, 'sheet', 1), `第${rowNumber}行`));
  }

  const problems: Problem[] = [...rounded].map(([field, list]) => roundedProblem(field, list));
  if (noNumber.length > 0) problems.push(noNumberProblem(noNumber));
  if (summaryRows.length > 0) problems.push(summaryRowsProblem(summaryRows));
  if (zerosRestored.length > 0) problems.push(leadingZerosProblem(zerosRestored));
  return { drafts, problems };
}
