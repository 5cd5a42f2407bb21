// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PageSignal } from '../invoice/model';
import { detectPageSignals, signalFromAnswerError, signalFromLocation } from './page-signals';

const AT = 1_708_300_000_000;
const PAGE = '/invoice-query/invoice-query';

function doc(body: string): Document {
  return new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
}

const app = (inner: string) =>
  `<div id="app"><header>国家税务总局北京市电子税务局</header><main class="t-layout__content"><form><label>查询类型</label></form>${inner}</main></div>`;
const toast = (text: string) => `<div class="t-message__list"><div class="t-message t-is-error"><div class="t-message__content">${text}</div></div></div>`;
const dialog = (text: string, style = '') =>
  `<div class="t-dialog__ctx" style="${style}"><div class="t-dialog"><div class="t-dialog__header">提示</div><div class="t-dialog__body">${text}</div></div></div>`;

describe('detectPageSignals', () => {
  it.each([
    ['session toast', app('') + toast('身份认证已失效，请重新登录'), 'session-expired', '身份认证已失效，请重新登录'],
    ['session dialog', app('') + dialog('登录已失效，请重新登录后再试'), 'session-expired', '提示 登录已失效，请重新登录后再试'],
    ['permission alert', app('<div class="t-alert t-alert--warning">本功能仅提供给增值税一般纳税人使用</div>'), 'permission', '本功能仅提供给增值税一般纳税人使用'],
    ['permission empty state', app('<div class="t-empty"><p>暂无权限访问该功能</p></div>'), 'permission', '暂无权限访问该功能'],
    [
      'Element-UI toast outside the app',
      app('') + '<div class="el-message el-message--error"><p class="el-message__content">会话已失效，请重新登录</p></div>',
      'session-expired',
      '会话已失效，请重新登录',
    ],
    ['account signed out', app('') + toast('账号已退出'), 'session-expired', '账号已退出'],
    ['maintenance page body', app('<div class="notice"><h2>尊敬的纳税人：</h2><p>系统维护期间暂停服务，请于6:00后访问。</p></div>'), 'maintenance', '查询类型 尊敬的纳税人： 系统维护期间暂停服务，请于6:00后访问。'],
  ])('%s', (_label, body, kind, text) => {
    const signals = detectPageSignals(doc(body), AT, PAGE);
    expect(signals.map((s) => PageSignal.parse(s))).toEqual([{ kind, at: AT, text, page: PAGE }]);
  });

  it('reports each kind once, session first', () => {
    const body = app('<div class="t-alert">没有权限</div>') + toast('会话已失效') + toast('请重新登录');
    expect(detectPageSignals(doc(body), AT, PAGE).map((s) => s.kind)).toEqual(['session-expired', 'permission']);
  });

  it.each([
    ['a normal result page', app('<div class="t-table"><table><tbody><tr class="t-table__empty-row"><td><div class="t-table__empty">暂无数据</div></td></tr></tbody></table></div>')],
    ['a closed dialog', app('') + dialog('身份认证已失效', 'display: none;')],
    ['a hidden template', app('<template><div class="t-message__content">请重新登录</div></template><div hidden>系统维护</div>')],
    ['a script mentioning the phrases', app('<script>const t = "请重新登录 系统维护 无权限";</script>')],
    ['an empty document', ''],
  ])('no signal on %s', (_label, body) => expect(detectPageSignals(doc(body), AT, PAGE)).toEqual([]));

  it('bounds the text it keeps', () => {
    const long = `${'说明'.repeat(600)}系统升级${'说明'.repeat(600)}`;
    const [signal] = detectPageSignals(doc(app(`<p>${long}</p>`)), AT, PAGE);
    expect(signal?.kind).toBe('maintenance');
    expect(signal?.text.length).toBeLessThanOrEqual(500);
    expect(signal?.text).toContain('系统升级');
  });
});

describe('signalFromLocation', () => {
  it.each([
    ['https://tpass.beijing.chinatax.gov.cn:8443/#/login?redirect_uri=https%3A%2F%2Fdppt&code=secret', 'https://tpass.beijing.chinatax.gov.cn:8443/'],
    ['https://tpass.chinatax.gov.cn/login/index?x=1', 'https://tpass.chinatax.gov.cn/login/index'],
  ])('%s is a session-expired redirect', (url, page) => {
    const s = signalFromLocation(url, AT);
    expect(s && PageSignal.parse(s)).toEqual({ kind: 'session-expired', at: AT, page, text: expect.stringContaining('tpass.') });
    expect(JSON.stringify(s)).not.toContain('secret');
  });

  it.each([
    'https://dppt.beijing.chinatax.gov.cn:8443/invoice-query/invoice-query',
    'https://tpass.beijing.chinatax.gov.cn.evil.test/login',
    'not a url',
  ])('%s is not', (url) => expect(signalFromLocation(url, AT)).toBeNull());
});

describe('signalFromAnswerError', () => {
  it.each([
    ['身份认证已失效，请重新登录', 'session-expired'],
    ['您没有权限访问该接口', 'permission'],
    ['系统升级中，请稍后再试', 'maintenance'],
    ['系统繁忙，请稍后重试', 'request-failed'],
    ['HTTP 502', 'request-failed'],
  ])('%s -> %s', (message, kind) => expect(signalFromAnswerError(message, AT, PAGE)).toEqual({ kind, at: AT, text: message, page: PAGE }));

  it('null for an empty message, cut for a long one', () => {
    expect(signalFromAnswerError('  ', AT, PAGE)).toBeNull();
    expect(signalFromAnswerError('错'.repeat(2000), AT, PAGE)?.text).toHaveLength(500);
  });
});
