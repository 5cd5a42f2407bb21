// The story the e2e tests and the demo both tell: a finance user expects a handful of invoices, runs one query on
// 全量发票查询, and asks the popup why some are missing. Invoices are picked from the replica's sample data by role.
import { pick } from '../replica/data.mjs';

export { chinaToday } from '../replica/data.mjs';

export function shiftDate(isoDate, days) {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function formValues(item) {
  return {
    number: item.Fphm,
    code: item.Fpdm || '',
    date: item.Kprq.slice(0, 10),
    total: item.Jshj,
    sellerTaxId: item.Xsfnsrsbh,
    buyerTaxId: item.Gmfnsrsbh,
  };
}

/** A one-digit typo that turns a real number into one the portal does not know. */
function typoOf(number, known) {
  for (let i = number.length - 1; i >= 6; i--) {
    const digit = String((Number(number[i]) + 1) % 10);
    const candidate = number.slice(0, i) + digit + number.slice(i + 1);
    if (!known.has(candidate)) return candidate;
  }
  throw new Error(`no free typo for ${number}`);
}

/** The one query of the story: 取得发票 over the last 20 days, whatever day of the month it is. */
export function queryStart(today) {
  return shiftDate(today, -20);
}

/** Each case: what the user types, and what the popup must say after that query. */
export function scenarioCases(data, today) {
  const known = new Set(data.invoices.map((i) => i.Fphm));
  const dateFrom = queryStart(today);
  const latestFirst = (list) => [...list].sort((a, b) => b.Kprq.localeCompare(a.Kprq));
  // Two different received invoices: one typed right, one typed with a slip (a typo's neighbour that the user also
  // registered would look like a split sale, not a typo).
  const [visible, mistyped] = latestFirst(pick(data, 'visible'));
  const older = latestFirst(pick(data, 'older-than-month')).find((i) => i.Kprq.slice(0, 10) < dateFrom);
  const buyer = data.taxpayer.Nsrsbh;
  return [
    { label: '已在税务局看到 visible', input: formValues(visible), missing: false },
    {
      label: '号码输错一位 typo',
      input: { ...formValues(mistyped), number: typoOf(mistyped.Fphm, known) },
      missing: true,
      cause: 'typo',
    },
    { label: '查询日期范围不含开票日期 date range', input: formValues(older), missing: true, cause: 'date-range' },
    {
      label: '今天刚开具 sync delay',
      input: { number: `${today.slice(2, 4)}112000000099990001`, date: today, total: '2260.00', sellerTaxId: visible.Xsfnsrsbh, buyerTaxId: buyer },
      missing: true,
      cause: 'sync-delay',
    },
  ];
}
