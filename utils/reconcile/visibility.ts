import { CHINA_OFFSET_MS, DAY_MS } from '../invoice/china-time';
import type { ExpectedInvoice } from '../invoice/model';

/** 数电 paper invoices reach the platform one day later (T+1) than e-invoices. */
const PAPER_TYPES: readonly string[] = ['85', '86'];

/** Days after the issue date from whose start the invoice is usually listed: 1, or 2 for 数电 paper invoices. */
export function visibleDelayDays(inv: Pick<ExpectedInvoice, 'typeCode'>): number {
  return inv.typeCode !== undefined && PAPER_TYPES.includes(inv.typeCode) ? 2 : 1;
}

/** Day number of an ISO `YYYY-MM-DD` date, comparable with chinaDay. */
export function isoDayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** 00:00 China time of China day `day`. */
export function chinaMidnight(day: number): number {
  return day * DAY_MS - CHINA_OFFSET_MS;
}

/**
 * The moment from which the portal is expected to list the invoice: 00:00 China time of the day after the issue
 * date (two days after for 数电 paper types 85/86). The issue time is not recorded, so nothing earlier can be
 * promised. The paper delay is applied only when the record names the type: without it the usual e-invoice moment
 * is taken, and sync-delay's "unknown" days after that moment leave room for a paper invoice.
 */
export function visibleFrom(inv: Pick<ExpectedInvoice, 'date' | 'typeCode'>): number {
  return chinaMidnight(isoDayNumber(inv.date) + visibleDelayDays(inv));
}
