// HTTP routing of the replica: the SPA shell for the portal's page paths, its static files, the JSON calls
// and the /__replica control endpoint.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { FAILURES } from './scenario.mjs';
import { InvalidRequest, decodeBody, failure, lowerCamel, queryFpjcxx, readQuery, success } from './api.mjs';
import { APP_PAGE, OLD_PAGE, verifyAnswer } from './verify-pages.mjs';

const PUBLIC = fileURLToPath(new URL('./public/', import.meta.url));
const VIEWS = {
  '/invoice-query/invoice-query': 'invoice-query',
  '/third-menu/invoice-query/invoice-query': 'invoice-query',
  '/dedeuction-type-checked-business': 'deduction',
  '/digital-tax-account': 'digital-account',
};
const STATIC = { '/static/app.js': 'text/javascript', '/static/app.css': 'text/css' };
// Other provinces run the same app; the host decides the title, as on the real platform.
const PROVINCES = { beijing: '北京市', tianjin: '天津市', shanghai: '上海市', guangdong: '广东省', jiangsu: '江苏省', zhejiang: '浙江省' };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function readBody(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    return text;
  }
}

function send(res, status, body, type = 'application/json; charset=utf-8') {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
}

/** Scenario overrides travel in the page URL; API calls carry that URL in their Referer (same-origin). */
function pageSpec(url) {
  return url ? new URL(url, 'https://x').searchParams.getAll('scenario').join(',') : '';
}

/** A row as public captures of the real portal show it (scenario rows=captured). */
function capturedRow(item, gjbq) {
  const amounts = { Gjbq: gjbq, Hjje: Number(item.Hjje), Hjse: Number(item.Hjse), Jshj: Number(item.Jshj) };
  if (!item.Fpdm) return { ...item, ...amounts };
  return { ...item, ...amounts, Fpdm: '', Fphm: '', ZzfpDm: item.Fpdm, Zzfphm: item.Fphm };
}

const LOGIN = 'https://tpass.beijing.chinatax.gov.cn:8443/#/login?redirect_uri=https%3A%2F%2Fdppt.beijing.chinatax.gov.cn%3A8443%2Fnonlogin';

/** The invoice query's answer once the session has ended, in one of the forms of LOGOUT_FORMS. */
function loggedOut(res, form, reply) {
  if (form === 'error-code') return reply(200, failure({ Code: '302', Message: '' }));
  if (form === 'codemsg') return reply(200, success({ CodeMsg: 'refresh' }));
  if (form === 'address') return reply(200, success({ Address: LOGIN }));
  if (form === 'http') return send(res, 412, '');
  return send(res, 200, '<!DOCTYPE html><html><head><title>登录</title></head><body><div id="login">请登录</div></body></html>', 'text/html; charset=utf-8');
}

export function createRouter({ data, today, rules, getState, setState, requests, log }) {
  const companyName = (id) => data.companies.find((c) => c.Nsrsbh === id).Nsrmc;

  async function page(req, res, url, view) {
    const s = rules.applySpec(getState(), pageSpec(url.href));
    const province = PROVINCES[/^dppt\.([a-z]+)\./.exec(req.headers.host ?? '')?.[1]] ?? '北京市';
    const config = { view, today, province, status: s.status, keys: s.keys, request: s.request, transport: s.transport, api: s.api };
    const html = (await readFile(`${PUBLIC}index.html`, 'utf8'))
      .replace('%PROVINCE%', province)
      .replace('%CONFIG%', JSON.stringify(config).replace(/</g, '\\u003c'));
    send(res, 200, html, 'text/html; charset=utf-8');
  }

  async function api(req, res, path) {
    const body = await readBody(req);
    requests.push({ path, body, at: Date.now() });
    const s = rules.applySpec(getState(), pageSpec(req.headers.referer));
    if (s.delay) await sleep(s.delay);
    const reply = (status, answer) => send(res, status, s.keys === 'lowercase' ? lowerCamel(answer) : answer);

    if (path === '/szzhzz/swszzhCtr/v1/getNsrjbxx') {
      return reply(200, success({ Nsrsbh: s.taxpayer, Nsrmc: companyName(s.taxpayer) }));
    }
    if (path === '/szzhzz/qlfpcx/v1/queryFpjcxx' || path === '/szzhzz/qlfpcx/v2/queryFpxxNew') {
      if (s.logout !== 'none') return loggedOut(res, s.logout, reply);
      if (s.status === 'maintenance') return reply(503, failure(FAILURES.maintenance));
      if (s.status !== 'ok') return reply(200, failure(FAILURES[s.status]));
      try {
        const query = readQuery(decodeBody(body));
        const found = queryFpjcxx(data.invoices, s.taxpayer, query);
        // A release that renamed the answer's fields: the page shows nothing, and the extension must not read "none".
        if (s.shape === 'unknown') return reply(200, success({ Records: found.List, Count: found.Total }));
        return reply(200, success(s.rows === 'captured' ? { ...found, List: found.List.map((i) => capturedRow(i, query.Gjbq)) } : found));
      } catch (e) {
        if (e instanceof InvalidRequest) return reply(200, failure({ Code: 'InvalidParameter', Message: e.message }));
        throw e;
      }
    }
    if (path === '/ypfw/ckts/v1/dkgxincheck') {
      const refused = s.status === 'permission';
      return reply(200, success(refused ? { Jg: 'N', Msg: '本功能仅提供给增值税一般纳税人或辅导期一般纳税人使用' } : { Jg: 'Y' }));
    }
    return reply(404, failure({ Code: 'ResourceNotFound', Message: `接口不存在：${path}` }));
  }

  async function control(req, res) {
    if (req.method === 'POST') {
      const body = await readBody(req);
      try {
        let s = getState();
        if (typeof body.scenario === 'string') s = rules.applySpec(s, body.scenario);
        if (typeof body.name === 'string') s = rules.apply(s, body.name, body.value);
        setState(s);
      } catch (e) {
        return send(res, 400, { error: e.message });
      }
    }
    send(res, 200, getState());
  }

  /** The national 查验 platform, served on its own host name. */
  async function verify(req, res, path) {
    if (req.method === 'GET' && path === '/') return send(res, 200, OLD_PAGE, 'text/html; charset=utf-8');
    if (req.method === 'GET' && path.startsWith('/fpcygzfw')) return send(res, 200, APP_PAGE, 'text/html; charset=utf-8');
    if (req.method !== 'POST') return send(res, 404, 'Not Found', 'text/plain; charset=utf-8');
    const body = await readBody(req);
    requests.push({ path, body, at: Date.now() });
    const q = Object.fromEntries(Object.entries(body).map(([k, v]) => [k.toLowerCase(), v]));
    const answer = verifyAnswer(data.invoices, q);
    if (path === '/WebQuery/vatQuery') return send(res, 200, { key1: answer.CyjgDm, msg: answer.CyjgMsg });
    return send(res, 200, success(answer));
  }

  return async function route(req, res) {
    const url = new URL(req.url, `https://${req.headers.host ?? 'localhost'}`);
    const path = url.pathname;
    if (log) console.log(`${new Date().toISOString()} ${req.method} ${req.url}`);
    try {
      if ((req.headers.host ?? '').startsWith('inv-veri.')) return await verify(req, res, path);
      if (req.method === 'GET' && VIEWS[path]) return await page(req, res, url, VIEWS[path]);
      if (req.method === 'GET' && STATIC[path]) return send(res, 200, await readFile(PUBLIC + path.slice(8)), STATIC[path]);
      if (req.method === 'GET' && path === '/') {
        res.writeHead(302, { location: `/invoice-query/invoice-query${url.search}` });
        return res.end();
      }
      if (path === '/__replica/scenario') return await control(req, res);
      if (req.method === 'POST' && (path.startsWith('/szzhzz/') || path.startsWith('/ypfw/'))) return await api(req, res, path);
      send(res, 404, 'Not Found', 'text/plain; charset=utf-8');
    } catch (e) {
      // A bad ?scenario= on a page or Referer lands here too: say so instead of hanging the request.
      send(res, 500, `replica error: ${e.message}`, 'text/plain; charset=utf-8');
    }
  };
}
