import type { Direction, QueryScope } from '../invoice/model';
import { expectedDirection } from '../reconcile/scope-fit';
import { CHINA_OFFSET_MINUTES } from './local-time';
import type { DiagnosisContext } from './types';

const DEFAULT_HOST = 'dppt.beijing.chinatax.gov.cn';
const QUERY_PATH = '/invoice-query/invoice-query';

export function offsetOf(ctx: DiagnosisContext): number {
  return ctx.timeZoneOffsetMinutes ?? CHINA_OFFSET_MINUTES;
}

function latest(scopes: readonly QueryScope[], pick: (s: QueryScope) => boolean = () => true): QueryScope | null {
  let best: QueryScope | null = null;
  for (const s of scopes) if (pick(s) && (!best || s.at > best.at)) best = s;
  return best;
}

export function latestOkScope(ctx: DiagnosisContext): QueryScope | null {
  return latest(ctx.scopes, (s) => s.ok);
}

/** The logged-in taxpayer: as last read, else as recorded with the latest query. */
export function currentTaxId(ctx: DiagnosisContext): string | null {
  return ctx.taxpayer?.taxId ?? latest(ctx.scopes, (s) => s.taxpayerId !== null)?.taxpayerId ?? null;
}

export function wantedDirection(ctx: DiagnosisContext): Direction | null {
  return expectedDirection(ctx.expected, currentTaxId(ctx));
}

/** 全量发票查询 on the province the user last queried (default Beijing). */
export function queryPageUrl(ctx: DiagnosisContext): string {
  const host = latest(ctx.scopes)?.host ?? DEFAULT_HOST;
  return `https://${host.includes(':') ? host : `${host}:8443`}${QUERY_PATH}`;
}
