/** The portal's day starts at 00:00 China time (UTC+8), whatever the user's clock says. */
export const CHINA_OFFSET_MS = 8 * 3_600_000;
export const DAY_MS = 86_400_000;

/** China-time day number (days since 1970-01-01) of an instant. */
export function chinaDay(ms: number): number {
  return Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS);
}

/** The date in China at instant `ms`, `YYYY-MM-DD`. */
export function chinaIsoDate(ms: number): string {
  return new Date(chinaDay(ms) * DAY_MS).toISOString().slice(0, 10);
}

/** `2026-12-01T09:30:00+08:00`: an instant as a Chinese reader (or auditor) reads it, with its offset. */
export function chinaIsoDateTime(ms: number): string {
  return `${new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}
