const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
export const CHINA_OFFSET_MINUTES = -480;

/** Whole days since 1970-01-01 in the wall-clock zone `offsetMinutes` (Date#getTimezoneOffset convention). */
export function localDay(ms: number, offsetMinutes: number): number {
  return Math.floor((ms - offsetMinutes * 60_000) / DAY_MS);
}

/** Day number of an ISO `YYYY-MM-DD` date, comparable with localDay. */
export function isoDay(date: string): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** The instant of `hour`:00 wall-clock time on local day `day`. */
export function localTime(day: number, hour: number, offsetMinutes: number): number {
  return day * DAY_MS + hour * HOUR_MS + offsetMinutes * 60_000;
}

/** `2024-06-02 08:00` in the given zone. */
export function formatLocal(ms: number, offsetMinutes: number): string {
  return new Date(ms - offsetMinutes * 60_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** First and last day of the date's month: the portal query a finance clerk would type. */
export function monthOf(date: string): { from: string; to: string } {
  const [y = 0, m = 1] = date.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(last).padStart(2, '0')}` };
}
