import type { Direction, QueryScope } from '../invoice/model';
import { expectedDirection } from '../reconcile/scope-fit';
import { CHINA_OFFSET_MINUTES } from './local-time';
import { scopeFacts } from './scope-facts';
import type { DiagnosisContext } from './types';

const DEFAULT_HOST = 'dppt.beijing.chinatax.gov.cn';
const QUERY_PATH = '/invoice-query/invoice-query';

export function offsetOf(ctx: DiagnosisContext): number {
  return ctx.timeZoneOffsetMinutes ?? CHINA_OFFSET_MINUTES;
}

export function latestOkScope(ctx: DiagnosisContext): QueryScope | null {
  return scopeFacts(ctx.scopes).latestOk;
}

/** The logged-in taxpayer: as last read, else as recorded with the latest query. */
export function currentTaxId(ctx: DiagnosisContext): string | null {
  return ctx.taxpayer?.taxId ?? scopeFacts(ctx.scopes).latestTaxpayerId;
}

export function wantedDirection(ctx: DiagnosisContext): Direction | null {
  return expectedDirection(ctx.expected, currentTaxId(ctx));
}

/** 全量发票查询 on the province the user last queried (default Beijing). */
export function queryPageUrl(ctx: DiagnosisContext): string {
  const host = scopeFacts(ctx.scopes).latestHost ?? DEFAULT_HOST;
  return `https://${host.includes(':') ? host : `${host}:8443`}${QUERY_PATH}`;
}
