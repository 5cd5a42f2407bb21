import type { ExpectedInvoice, PageSignal, QueryScope, Sighting, Taxpayer, Verification } from '../invoice/model';
import { indexSightings, reconcileOne } from '../reconcile/reconcile';
import { aScope, anExpected, ME, T0 } from '../reconcile/test-fixtures';
import type { DiagnosisContext } from './types';

export interface ContextInput {
  expected?: ExpectedInvoice;
  sightings?: Sighting[];
  scopes?: QueryScope[];
  signals?: PageSignal[];
  taxpayer?: Taxpayer | null;
  verification?: Verification | null;
  now?: number;
  online?: boolean | null;
  timeZoneOffsetMinutes?: number;
  /** Keys of every invoice the user expects (reconcile's expectedKeys); default: none besides the one diagnosed. */
  expectedKeys?: string[];
}

/**
 * For tests: by default a 数电 invoice of 2024-05-20, searched completely under 取得发票 for May as its buyer,
 * not found, checked on 2024-06-01 10:00 China time: every check passes or cannot tell.
 */
export function aContext(input: ContextInput = {}): DiagnosisContext {
  const expected = input.expected ?? anExpected();
  const scopes = input.scopes ?? [aScope()];
  return {
    expected,
    result: reconcileOne(
      expected,
      indexSightings(input.sightings ?? []),
      scopes,
      input.expectedKeys ? { expectedKeys: new Set(input.expectedKeys) } : {},
    ),
    scopes,
    signals: input.signals ?? [],
    taxpayer: input.taxpayer === undefined ? { taxId: ME, name: '北京示例科技有限公司', at: T0 } : input.taxpayer,
    verification: input.verification ?? null,
    now: input.now ?? T0,
    online: input.online ?? null,
    ...(input.timeZoneOffsetMinutes === undefined ? {} : { timeZoneOffsetMinutes: input.timeZoneOffsetMinutes }),
  };
}

export function aSignal(kind: PageSignal['kind'], at: number, text = '提示'): PageSignal {
  return { kind, at, text, page: '/invoice-query/invoice-query' };
}
