import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseXml } from '../xml';
import { readInvoiceXml } from './read-invoice-xml';

const truth = JSON.parse(readFileSync('tests/fixtures/samples/truth.json', 'utf8')) as {
  files: Array<{ file: string; kind: string; invoice: Record<string, string> }>;
};

// The 乐企 file has no tax-bureau signature, so no IssueTime: its date comes from the request time.
it.each(truth.files.filter((f) => f.kind === 'xml').map((f) => [f.file, f.invoice] as const))('reads the 数电 XML %s', (name, expected) => {
  const fields = readInvoiceXml(parseXml(new Uint8Array(readFileSync(`tests/fixtures/samples/${name}`))));
  expect(fields).toMatchObject(expected);
});

it('says an unknown XML is not an invoice', () => {
  expect(readInvoiceXml(parseXml(new TextEncoder().encode('<order><id>1</id></order>')))).toBeNull();
});
