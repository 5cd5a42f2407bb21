// npm run bench, part four: the portal content script. Its cost per intercepted 50-row answer (the hook's copy
// checked, read into a scope and sightings and bounded, as the watcher does) and the size of what the portal page
// loads: the MAIN-world hook and the isolated content script.
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { INVOICE_LIST_PATH } from '../../../utils/portal/hook-constants';
import { parseHookMessage } from '../../../utils/portal/hook-message';
import { readInvoiceListAnswer } from '../../../utils/portal/invoice-list-answer';
import { boundObservation } from '../../../utils/portal/observation-bounds';

const ROWS = 50;
const RUNS = 2000;
const OUT = `${process.env.WXT_OUT_DIR ?? '.output'}/chrome-mv3/content-scripts`;
const TARGETS = { 'portal-hook.js': 5 * 1024, 'portal.js': 40 * 1024, 'verify.js': 40 * 1024 };

function answer(): string {
  const List = Array.from({ length: ROWS }, (_, i) => ({
    Gjbq: '2', Fphm: `2611200000${String(1_000_000_000 + i)}`, Fpdm: '', ZzfpDm: '', Zzfphm: '', FplxDm: '82', FpztDm: '01',
    Xsfnsrsbh: '91110108MA01ABCD2X', Xsfmc: '北京晨光文具办公用品有限公司', Gmfnsrsbh: '911101053579246877', Gmfmc: '北京云杉数智科技有限公司',
    Kprq: '2026-11-02 10:17:57', Hjje: 1000 + i, Hjse: 130, Jshj: 1130 + i, XsfssjswjgDm: '11101080000', Kpr: '张伟', FplyDm: '2',
  }));
  return JSON.stringify({ Response: { RequestId: 'r', Error: null, Data: { PageNumber: 1, PageSize: 50, Total: 500, List } } });
}

const body = JSON.stringify({ Gjbq: '2', Kprqq: '2026-11-01', Kprqz: '2026-11-30', PageNumber: 1, PageSize: 50 });
const ORIGIN = 'https://dppt.beijing.chinatax.gov.cn:8443';
// What arrives on the private channel: a structured clone of this object (times and ids are the content script's).
const copy = { url: `${ORIGIN}${INVOICE_LIST_PATH}`, requestBody: body, status: 200, responseText: answer(), error: null };
const NOW = Date.UTC(2026, 10, 23, 2, 0);

function once(): number {
  const started = performance.now();
  const msg = parseHookMessage(structuredClone(copy), ORIGIN);
  if (!msg) throw new Error('the hook message did not parse');
  const read = readInvoiceListAnswer({ call: 'invoice-list', requestBody: msg.requestBody, responseText: msg.responseText, status: msg.status, page: '/invoice-query/invoice-query', host: 'dppt.beijing.chinatax.gov.cn', at: NOW, taxpayerId: '911101053579246877', scopeId: 'b3c1d1e2-0000-4000-8000-000000000001' });
  const sent = boundObservation({ scope: read.scope, sightings: read.sightings, signals: [], taxpayer: null }, NOW);
  if (sent.sightings.length !== ROWS) throw new Error(`read ${sent.sightings.length} of ${ROWS} rows`);
  return performance.now() - started;
}

for (let i = 0; i < 200; i++) once();
const times = Array.from({ length: RUNS }, once).sort((a, b) => a - b);
const at = (q: number) => times[Math.floor((times.length - 1) * q)]!;
console.log(`\nportal content script: one intercepted ${ROWS}-row answer read in ${at(0.5).toFixed(2)} ms median, ${at(0.95).toFixed(2)} ms p95 (target < 2 ms median)`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
for (const [file, target] of Object.entries(TARGETS)) {
  const bytes = statSync(`${OUT}/${file}`).size;
  const gz = gzipSync(readFileSync(`${OUT}/${file}`)).length;
  console.log(`  ${file}: ${kb(bytes)} (${kb(gz)} gzip), target < ${kb(target)}${bytes > target ? ' — over' : ''}`);
}
