import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseXml } from '../xml';
import { readInvoiceXml } from './read-invoice-xml';

it.each([
  ['shudian-putong-25322000000365404822.xml', { number: '25322000000365404822', date: '2025-08-08', total: '250.00', amount: '235.85', tax: '14.15', sellerTaxId: '52320200509244470T', buyerTaxId: '9132020013590404XW', typeCode: '82' }],
  // 乐企 issue without the tax bureau's signature: no IssueTime, the date comes from the request time; buyer is a person.
  ['shudian-putong-26347000000117553300.xml', { number: '26347000000117553300', date: '2026-05-05', total: '19.00', sellerTaxId: '913416007050059877', buyerName: '高宗林（个人）' }],
  ['shudian-zhuanpiao-multirate-26322000004478296111.xml', { number: '26322000004478296111', date: '2026-06-04', total: '20670.00', amount: '18876.44', tax: '1793.56', typeCode: '81' }],
])('reads the 数电 XML %s', (name, expected) => {
  const fields = readInvoiceXml(parseXml(new Uint8Array(readFileSync(`tests/fixtures/samples/${name}`))));
  expect(fields).toMatchObject(expected);
  expect(fields?.buyerTaxId ?? '').not.toBe(' ');
});

it('says an unknown XML is not an invoice', () => {
  expect(readInvoiceXml(parseXml(new TextEncoder().encode('<order><id>1</id></order>')))).toBeNull();
});
