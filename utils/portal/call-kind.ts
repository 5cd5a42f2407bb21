import { DEDUCTION_CHECK_PATH, DEDUCTION_LIST_PATH, INVOICE_LIST_PATH, TAXPAYER_PATH, watchedPath } from './hook-constants';

export type CallKind = 'invoice-list' | 'deduction-list' | 'deduction-check' | 'taxpayer';

const CALL_BY_PATH: ReadonlyMap<string, CallKind> = new Map<string, CallKind>([
  [INVOICE_LIST_PATH, 'invoice-list'],
  [DEDUCTION_LIST_PATH, 'deduction-list'],
  [DEDUCTION_CHECK_PATH, 'deduction-check'],
  [TAXPAYER_PATH, 'taxpayer'],
]);

/** Which watched call a hooked URL is, to route its answer to the right reader. */
export function callKind(url: string): CallKind | null {
  const path = watchedPath(url);
  return path === null ? null : (CALL_BY_PATH.get(path) ?? null);
}
