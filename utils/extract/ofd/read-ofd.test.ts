import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { combineReadings } from '../combine';
import { readOfd } from './read-ofd';

const sample = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/samples/${name}`));
const truth = JSON.parse(readFileSync('tests/fixtures/samples/truth.json', 'utf8')) as {
  files: Array<{ file: string; kind: string; invoice: Record<string, string> }>;
};

it.each(truth.files.filter((f) => f.kind === 'ofd').map((f) => [f.file, f.invoice] as const))('reads %s', (name, expected) => {
  const { fields } = combineReadings(readOfd(sample(name)).readings);
  const values = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.value]));
  expect(values).toMatchObject(expected);
});

describe('sources inside one OFD', () => {
  it('lets the attached invoice XML and the QR payload confirm each other', () => {
    const { fields } = combineReadings(readOfd(sample('legacy-dianzi-putong-033002000211-83089647.ofd')).readings);
    expect(fields.number).toMatchObject({ source: 'xml', confirmed: true });
    expect(fields.qr?.value).toBe('01,10,033002000211,83089647,510.68,20200723,16197833567414507415,0941,');
  });

  it('finds the names of a 数电 OFD through its CustomTag pointers into the page text', () => {
    const { fields } = combineReadings(readOfd(sample('shudian-zhuanpiao-24112000000048542163.ofd')).readings);
    expect(fields.buyerName?.value).toBe('海南麒麟云服科技有限公司');
    expect(fields.sellerName?.value).toBe('北京互联三六五科技有限公司');
  });
});
