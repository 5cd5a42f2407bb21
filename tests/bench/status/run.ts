// npm run bench, part five: daily use at scale. 10,000 expected invoices against 100,000 sightings in the built
// extension in Chromium: the popup and the dashboard opening, one 50-row portal answer from the content script's
// hand-over to stored status, and the service worker's heap. Each figure is printed beside its target.
import type { QueryScope, Sighting } from '../../../utils/invoice/model';
import { ME, scaleData, T0 } from '../scale-data';
import { measureStatus } from './chromium-status.mjs';

const { expected, sightings, scopes, signals } = scaleData();

/** December's unread pages, read at last: 50 rows each, as the portal pages a query. */
function portalPages(): Array<{ type: 'portal:observed'; answerId: string; scope: QueryScope; sightings: Sighting[]; signals: []; taxpayer: { taxId: string; at: number } }> {
  const december = sightings.filter((s) => s.date?.startsWith('2024-12'));
  return Array.from({ length: 10 }, (_, i) => {
    const at = T0 + 3_600_000 + i * 1000;
    const id = `bench-dec-p${i + 1}`;
    const scope: QueryScope = {
      ...scopes.find((s) => s.dateFrom === '2024-12-01' && s.ok)!,
      id,
      at,
      pageNumber: 100 + i,
      pageSize: 50,
      rows: 50,
    };
    const page = december.slice(i * 50, i * 50 + 50).map((s) => ({ ...s, scopeId: id, seenAt: at }));
    return { type: 'portal:observed', answerId: `bench-answer-${i}`, scope, sightings: page, signals: [], taxpayer: { taxId: ME, at } };
  });
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;

console.log(`\ndaily use: ${expected.length} expected invoices, ${sightings.length} sightings, ${scopes.length} queries (Chromium, built extension)`);
const r = await measureStatus({ expected, sightings, scopes, signals, taxpayer: { taxId: ME, name: '北京示例科技有限公司', at: T0 } }, portalPages());
const popupBound = Math.min(200, 2.5 * r.emptyPopup);
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
console.log('| measure | figure | target | |');
console.log('|---|---|---|---|');
console.log(`| popup first render, empty register | ${ms(r.emptyPopup)} | (reference) | |`);
console.log(`| popup first render, background awake | ${ms(r.popupWarm)} | < 200 ms and ≤ 2.5 × empty (${ms(popupBound)}) | ${verdict(r.popupWarm < popupBound)} |`);
console.log(`| popup first render, background woken by it | ${ms(r.popupCold)} | < 200 ms and ≤ 2.5 × empty (${ms(popupBound)}) | ${verdict(r.popupCold < popupBound)} |`);
console.log(`| dashboard first render | ${ms(r.dashboard)} | < 500 ms | ${verdict(r.dashboard < 500)} |`);
console.log(`| 50-row answer: hand-over → its rows stored (median, p95) | ${ms(r.handOver.median)}, ${ms(r.handOver.p95)} | < 50 ms | ${verdict(r.handOver.median < 50)} |`);
console.log(`| 50-row answer: hand-over → every headline current (median, p95) | ${ms(r.settled.median)}, ${ms(r.settled.p95)} | (printed) | |`);
console.log(`| full status from the evidence (after an import) | ${ms(r.rebuildMs)} | (printed) | |`);
const heap = (h: { usedSize: number; totalSize: number } | null) => (h ? `${mb(h.usedSize)} used of ${mb(h.totalSize)}` : 'not readable');
console.log(`| service-worker heap after the full status | ${heap(r.heapAfterBuild)} | print it | |`);
console.log(`| service-worker heap after ${10} answers | ${heap(r.heapAfterAnswers)} | print it | |`);
