import { describe, expect, it } from 'vitest';
import { problemCodeOf } from './test-problem-code';
import { LIMITS } from './limits';
import { at, parseXml, textOf } from './xml';

const bytes = (s: string) => new TextEncoder().encode(s);


describe('parseXml', () => {
  it('keeps every value as written: leading zeros, 20-digit numbers, CDATA', () => {
    const doc = parseXml(bytes('<?xml version="1.0"?><fp:eInvoice xmlns:fp="x"><fp:InvoiceCode>033002000211</fp:InvoiceCode><fp:No><![CDATA[24112000000048542163]]></fp:No></fp:eInvoice>'));
    expect(textOf(at(doc, 'eInvoice', 'InvoiceCode'))).toBe('033002000211');
    expect(textOf(at(doc, 'eInvoice', 'No'))).toBe('24112000000048542163');
  });

  it('decodes a document declared as GBK', () => {
    const gbk = new Uint8Array([...bytes('<?xml version="1.0" encoding="GBK"?><a>'), 0xb7, 0xa2, 0xc6, 0xb1, ...bytes('</a>')]);
    expect(textOf(at(parseXml(gbk), 'a'))).toBe('发票');
  });

  it.each([
    ['entity expansion', '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xxxxxxxx"><!ENTITY y "&x;&x;&x;&x;">]><a>&y;</a>', 'xml-doctype'],
    ['external entity', '<!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>', 'xml-doctype'],
    ['unclosed tags', '<a><b></a>', 'xml-invalid'],
  ])('refuses %s', (_label, text, code) => {
    expect(problemCodeOf(() => parseXml(bytes(text)))).toBe(code);
  });

  it('refuses a document over the size limit before parsing it', () => {
    expect(problemCodeOf(() => parseXml(new Uint8Array(LIMITS.xmlBytes + 1)))).toBe('xml-too-large');
  });
});
