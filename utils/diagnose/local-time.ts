/** China's offset in the Date#getTimezoneOffset convention. */
export const CHINA_OFFSET_MINUTES = -480;

/** `2024-06-02 08:00` in the given zone; `—` for what no clock can show (damaged data must not stop a diagnosis). */
export function formatLocal(ms: number, offsetMinutes: number): string {
  const d = new Date(ms - offsetMinutes * 60_000);
  const year = d.getUTCFullYear();
  return year >= 0 && year <= 9999 ? d.toISOString().slice(0, 16).replace('T', ' ') : '—';
}

/** First and last day of the date's month: the portal query a finance clerk would type. */
export function monthOf(date: string): { from: string; to: string } {
  const [y = 0, m = 1] = date.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(last).padStart(2, '0')}` };
}
