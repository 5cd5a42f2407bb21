// npm run bench, part three: the local record at scale. 10,000 invoices, 100,000 sightings and 100 original files
// go through the built extension in Chromium: restored from a backup, exported to CSV, XLSX and JSON, backed up,
// and restored into a fresh profile. Prints time, the renderer's peak memory and the page's longest task per step.
import { createHash } from 'node:crypto';
import { sealBackup } from '../../../utils/export/backup';
import type { RecordData } from '../../../utils/export/record/record-schema';
import { recordParts } from '../../../utils/export/record/write-record';
import { ME, scaleData, T0 } from '../scale-data';
import { timeRecordJobs } from './chromium-record.mjs';

const FILES = 100;
const FILE_BYTES = 200 * 1024;
const PASSPHRASE = 'bench passphrase 2026';

/** The register with what daily use adds: a history entry each, some 查验 results, and original files. */
function register(): { data: RecordData; files: Array<{ sha256: string; bytes: Uint8Array }> } {
  const { expected, sightings, scopes, signals } = scaleData();
  const files = Array.from({ length: FILES }, (_, i) => {
    const bytes = new Uint8Array(FILE_BYTES).map((_, j) => (i * 31 + j * 7) & 0xff);
    return { key: expected[i]!.key, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  const data: RecordData = {
    taxpayer: { taxId: ME, name: '北京示例科技有限公司', at: T0 },
    invoices: expected,
    sightings,
    scopes,
    signals,
    verifications: expected.slice(0, 500).map((e, i) => ({ key: e.key, outcome: 'match', at: T0 + i })),
    activity: expected.map((e, i) => ({ id: `bench-${i}`, key: e.key, at: T0, kind: 'imported', detail: `发票-${i}.pdf` })),
    files: files.map((f) => ({ id: `${f.key}/${f.sha256}`, invoiceKey: f.key, name: `${f.key}.pdf`, type: 'application/pdf', size: FILE_BYTES, sha256: f.sha256, addedAt: T0 })),
    sheetMappings: [],
    annotations: [],
  };
  return { data, files };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

const { data, files } = register();
const header = { exportedAt: '2026-12-01T09:00:00+08:00', app: { name: 'fapiao-watch', version: 'bench' }, selection: 'all' } as const;
const record = new TextEncoder().encode([...recordParts(data, header)].join(''));
const seed = new Uint8Array(await (await sealBackup({ record, files }, PASSPHRASE)).arrayBuffer());
console.log(
  `\nlocal record: ${data.invoices.length} invoices, ${data.sightings.length} sightings, ${data.scopes.length} queries, ` +
    `${files.length} originals (${mb(files.length * FILE_BYTES)}); JSON record ${mb(record.length)}, seed backup ${mb(seed.length)}`,
);
const rows = await timeRecordJobs(seed, PASSPHRASE);
console.log('| step | time | renderer memory before → peak | longest main-thread task | file |');
console.log('|---|---|---|---|---|');
for (const r of rows) {
  const file = r.bytes ? mb(r.bytes) : r.added !== undefined ? `${r.added} to add` : '';
  console.log(`| ${r.label} | ${(r.ms / 1000).toFixed(2)} s | ${mb(r.rssBefore)} → ${mb(r.rssPeak)} | ${r.longestTaskMs.toFixed(0)} ms | ${file} |`);
}
