import type { StatusReport, StatusRow } from '../status/types';
import { popupSummary, type PopupSummary } from './popup-summary';
import { byUrgency } from './urgency';

/** What the popup draws: its first lines and the most urgent rows, small enough to open at once at any scale. */
export interface PopupView {
  summary: PopupSummary;
  /** The rows needing attention, most urgent first, at most the number asked for. */
  rows: StatusRow[];
  /** How many rows need attention in all. */
  attention: number;
  lastQueryAt: number | null;
  taxpayer: StatusReport['taxpayer'];
}

/** `report` holds the rows needing attention (or all: visible rows are left out here). */
export function popupView(report: StatusReport, now: number, limit: number): PopupView {
  const attention = report.rows.filter((r) => r.status !== 'visible');
  return {
    summary: popupSummary(attention, report.counts),
    rows: byUrgency(attention, now).slice(0, limit),
    attention: attention.length,
    lastQueryAt: report.lastQueryAt,
    taxpayer: report.taxpayer,
  };
}
