import { describe, expect, it } from 'vitest';
import { isWatchedUrl, watchedPath, WATCHED_PATHS } from './hook-constants';

describe('isWatchedUrl', () => {
  it.each([
    ['https://dppt.beijing.chinatax.gov.cn:8443/szzhzz/qlfpcx/v1/queryFpjcxx', true],
    ['/szzhzz/qlfpcx/v1/queryFpjcxx?t=1708300000000', true],
    ['/kpfw/szzhzz/qlfpcx/v1/queryFpjcxx', true],
    ['/szzhzz/qlfpcx/v1/QUERYFPJCXX/', true],
    ['https://dppt.shanghai.chinatax.gov.cn:8443/ypfw/dkgx/v1/queryFpxx#x', true],
    ['/szzhzz/swszzhCtr/v1/getNsrjbxx', true],
    ['/szzhzz/qlfpcx/v1/queryFpjcxxMx', false],
    ['/szzhzz/qlfpcx/v1/queryFpjcxx/detail', false],
    ['/other?u=/szzhzz/qlfpcx/v1/queryFpjcxx', false],
    ['', false],
    ['http://[::1', false],
  ])('%s -> %s', (url, expected) => expect(isWatchedUrl(url)).toBe(expected));
});

describe('watchedPath', () => {
  it.each(WATCHED_PATHS.map((p) => [p]))('returns %s for itself', (p) => expect(watchedPath(`https://x.test${p}?a=1`)).toBe(p));
});
