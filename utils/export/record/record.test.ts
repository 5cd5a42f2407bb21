import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRecord } from './read-record';
import { RECORD_VERSION } from './record-schema';
import { HEADER, sampleData } from './test-record';
import { recordParts } from './write-record';

const text = () => [...recordParts(sampleData(), HEADER)].join('');
const edit = (change: (r: Record<string, any>) => void) => {
  const raw = JSON.parse(text());
  change(raw);
  return JSON.stringify(raw);
};

describe('the JSON record', () => {
  it('reads back exactly what was written', () => {
    const read = readRecord(text());
    expect(read).toEqual({ ok: true, record: { format: 'fapiao-watch-record', version: RECORD_VERSION, ...HEADER, ...sampleData() } });
  });

  it('is written in parts, one item per line, and empty lists stay valid JSON', () => {
    const empty = { ...sampleData(), invoices: [], sightings: [], activity: [], files: [], verifications: [], annotations: [] };
    expect(readRecord([...recordParts(empty, HEADER)].join('')).ok).toBe(true);
    expect(text().split('\n').filter((l) => l.includes('"via":"api"'))).toHaveLength(2);
  });

  it.each([
    ['version 1, as shipped', 'record-v1.json'],
  ])('reads a record file of %s', (_, name) => {
    const fixture = readFileSync(new URL(`../../../tests/fixtures/records/${name}`, import.meta.url), 'utf8');
    const read = readRecord(fixture);
    expect(read.ok && read.record.invoices.map((i) => i.key)).toEqual([
      '24112000000123456789',
      '011002300111-00012345',
    ]);
  });

  it('skips a byte order mark that an editor added', () => {
    expect(readRecord(`\uFEFF${text()}`).ok).toBe(true);
  });

  it.each([
    ['not JSON', text().slice(0, -40), 'record-not-json'],
    ['another JSON file', '{"name":"package"}', 'record-not-record'],
    ['a newer version', edit((r) => (r.version = RECORD_VERSION + 1)), 'record-newer-version'],
    ['a version that is not a number', edit((r) => (r.version = '1')), 'record-bad-version'],
    ['a total that is not an amount', edit((r) => (r.invoices[0].total = '1,130')), 'record-invalid'],
    ['a missing list', edit((r) => delete r.sightings), 'record-invalid'],
    ['a key that does not match its number', edit((r) => (r.invoices[0].number = '24112000000123456788')), 'record-key-mismatch'],
    ['the same invoice twice', edit((r) => r.invoices.push(r.invoices[0])), 'record-duplicate'],
    ['a 查验 result of an invoice it does not hold', edit((r) => (r.verifications[0].key = '24112000000999999999')), 'record-orphan'],
    ['a time past 2100', edit((r) => (r.verifications[0].at = 1e16)), 'record-invalid'],
    ['a seller name longer than the store holds', edit((r) => (r.invoices[0].sellerName = 'x'.repeat(10_000_000))), 'record-invalid'],
    ['a file whose id is not its invoice and checksum', edit((r) => (r.files[0].id = 'x')), 'record-file-id'],
    ['a file of an invoice it does not hold', edit((r) => {
        r.files[0].invoiceKey = '24112000000999999999';
        r.files[0].id = `24112000000999999999/${r.files[0].sha256}`;
      }),
      'record-orphan',
    ],
  ])('refuses %s with a specific message', (_, input, code) => {
    const read = readRecord(input);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems[0]?.code).toBe(code);
      expect(read.problems[0]?.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('says where an invalid value is', () => {
    const read = readRecord(edit((r) => (r.invoices[1].date = '2024/05/20')));
    expect(!read.ok && read.problems[0]?.field).toBe('invoices[1].date');
  });
});
