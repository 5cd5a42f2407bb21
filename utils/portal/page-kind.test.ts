import { describe, expect, it } from 'vitest';
import { callKind } from './call-kind';
import { detectPageKind, provinceFromHost } from './page-kind';

describe('detectPageKind', () => {
  it.each([
    ['https://dppt.beijing.chinatax.gov.cn:8443/invoice-query/invoice-query', 'invoice-query'],
    ['https://dppt.beijing.chinatax.gov.cn:8443/third-menu/abc/invoice-query/invoice-query?ruuid=1', 'invoice-query'],
    ['https://dppt.guangdong.chinatax.gov.cn:8443/#/invoice-query/invoice-query', 'invoice-query'],
    ['https://dppt.shanghai.chinatax.gov.cn:8443/dedeuction-type-checked-business', 'deduction'],
    ['https://dppt.shanghai.chinatax.gov.cn:8443/deduction-type-checked-business', 'deduction'],
    ['https://dppt.beijing.chinatax.gov.cn:8443/digital-tax-account', 'digital-account'],
    ['https://dppt.beijing.chinatax.gov.cn:8443/blue-invoice-makeout', 'other'],
    ['https://tpass.beijing.chinatax.gov.cn:8443/#/login', 'login'],
    ['https://inv-veri.chinatax.gov.cn/fpcygzfw/', 'verify'],
    ['https://inv-veri.chinatax.gov.cn/index.html', 'verify'],
    ['https://dppt.beijing.chinatax.gov.cn.example.com/invoice-query/invoice-query', 'other'],
    ['https://example.com/invoice-query/invoice-query', 'other'],
    ['/invoice-query/invoice-query', 'other'],
    ['', 'other'],
  ])('%s -> %s', (url, kind) => expect(detectPageKind(url)).toBe(kind));
});

describe('provinceFromHost', () => {
  it.each([
    ['dppt.beijing.chinatax.gov.cn', 'beijing'],
    ['dppt.guangdong.chinatax.gov.cn:8443', 'guangdong'],
    ['TPASS.Shanghai.chinatax.gov.cn', 'shanghai'],
    ['inv-veri.chinatax.gov.cn', null],
    ['dppt.beijing.chinatax.gov.cn.evil.test', null],
    ['localhost', null],
  ])('%s -> %s', (host, province) => expect(provinceFromHost(host)).toBe(province));
});

describe('callKind', () => {
  it.each([
    ['https://dppt.beijing.chinatax.gov.cn:8443/szzhzz/qlfpcx/v1/queryFpjcxx', 'invoice-list'],
    ['/ypfw/dkgx/v1/queryFpxx?t=1', 'deduction-list'],
    ['/szzhzz/swszzhCtr/v1/getNsrjbxx', 'taxpayer'],
    ['/szzhzz/qlfpcx/v1/queryFpmx', null],
  ])('%s -> %s', (url, kind) => expect(callKind(url)).toBe(kind));
});
