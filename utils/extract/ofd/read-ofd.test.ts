import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { combineReadings } from '../combine';
import { readOfd } from './read-ofd';

const sample = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/samples/${name}`));

/** Key fields as read off each real file (tests/fixtures/samples/README.md). */
it.each([
  ['shudian-zhuanpiao-24112000000048542163.ofd', { number: '24112000000048542163', date: '2024-05-28', total: '4449.00', amount: '4197.17', tax: '251.83', sellerTaxId: '91110108690017781B', buyerTaxId: '91460300MAA92DJN95' }],
  ['shudian-zhuanpiao-24322000000489101796.ofd', { number: '24322000000489101796', date: '2024-12-05', total: '20000.00', sellerTaxId: '91320211739560225X', buyerTaxId: '91320200796148368W' }],
  ['shudian-zhuanpiao-25442000000127444519.ofd', { number: '25442000000127444519', date: '2025-03-07', total: '21800.00', amount: '20000.00', tax: '1800.00', sellerTaxId: '914400007556190127', buyerTaxId: '91441702707782974C' }],
  ['legacy-dianzi-zhuanpiao-052002100113-00008006.ofd', { code: '052002100113', number: '00008006', date: '2022-05-05', amount: '24519.05', typeCode: '08' }],
  ['legacy-dianzi-putong-033002000211-83089647.ofd', { code: '033002000211', number: '83089647', date: '2020-07-23', total: '526.00', amount: '510.68', tax: '15.32', buyerTaxId: '91320115MA202UKD7X', sellerTaxId: '92330781MA2EDMFU50', checkCode: '16197833567414507415' }],
  ['legacy-dianzi-putong-chae-032001600511-31471858.ofd', { code: '032001600511', number: '31471858', total: '200.00', sellerTaxId: '32040419760706081301' }],
  ['legacy-dianzi-putong-xbrl-qingdan-033002200211-99934328.ofd', { code: '033002200211', number: '99934328', date: '2022-09-01', total: '11.20', buyerTaxId: '913202133140424571', sellerTaxId: '91330106MA7GAL1299' }],
  ['legacy-dianzi-putong-qingdan-050001700111-12235358.ofd', { code: '050001700111', number: '12235358', date: '2020-08-05', total: '10600.00' }],
  ['legacy-dianzi-putong-050001700111-99999951.ofd', { code: '050001700111', number: '99999951', date: '2020-10-10', total: '318.00' }],
])('reads %s', (name, expected) => {
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
