// The 数电 portal's Vue + TDesign front end imitated in plain DOM code: same class names, texts and calls.
const cfg = JSON.parse(document.getElementById('replica-config').textContent);

const GJBQ = [['1', '开具发票'], ['2', '取得发票']];
const FPZT = [['01', '正常'], ['02', '已作废'], ['03', '已红冲-全额'], ['04', '已红冲-部分']];
const FPLX = [
  ['81', '数电发票（增值税专用发票）'], ['82', '数电发票（普通发票）'],
  ['85', '数电纸质发票（增值税专用发票）'], ['86', '数电纸质发票（普通发票）'],
  ['01', '增值税专用发票'], ['04', '增值税普通发票'], ['08', '增值税电子专用发票'], ['10', '增值税电子普通发票'],
];
/** A query path the extension does not know (a new portal release): then only the result table tells. */
const UNWATCHED_QUERY_PATH = '/szzhzz/qlfpcx/v2/queryFpxxNew';
const label = (options, code) => options.find(([c]) => c === code)?.[1] ?? code;
const COLUMNS = [
  ['序号', (it, n) => n],
  ['数电发票号码', (it) => (it.Fphm.length === 20 ? it.Fphm : '')],
  ['发票代码', (it) => it.ZzfpDm || it.Fpdm || ''],
  ['发票号码', (it) => it.Zzfphm || (it.Fphm.length === 20 ? '' : it.Fphm)],
  ['销方识别号', (it) => it.Xsfnsrsbh],
  ['销方名称', (it) => it.Xsfmc],
  ['购方识别号', (it) => it.Gmfnsrsbh],
  ['购买方名称', (it) => it.Gmfmc],
  ['开票日期', (it) => it.Kprq],
  ['金额', (it) => Number(it.Hjje).toFixed(2)],
  ['税额', (it) => Number(it.Hjse).toFixed(2)],
  ['价税合计', (it) => Number(it.Jshj).toFixed(2)],
  ['发票票种', (it) => label(FPLX, it.FplxDm)],
  ['发票状态', (it) => label(FPZT, it.FpztDm)],
];
const NUMERIC = new Set(['金额', '税额', '价税合计']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') el.className = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (v === true) el.setAttribute(k, '');
    else if (v !== false && v != null) el.setAttribute(k, v);
  }
  el.append(...children.flat(Infinity).filter((c) => c != null && c !== false));
  return el;
}

const svg = (path) => {
  const el = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  el.setAttribute('viewBox', '0 0 16 16');
  el.setAttribute('class', 't-icon');
  el.innerHTML = path;
  return el;
};
const chevronDown = () => svg('<path d="M3.5 6l4.5 4.5L12.5 6" fill="none" stroke="currentColor" stroke-width="1.3"/>');
const calendar = () =>
  svg('<rect x="2" y="3" width="12" height="11" fill="none" stroke="currentColor"/><path d="M2 6.5h12M5 1.5v3M11 1.5v3" stroke="currentColor"/>');

// ---- calls -------------------------------------------------------------------------------------------------

// Same replica-only key as ../api.mjs: the real scheme is unknown, the point is a body the extension cannot read.
const JMBW_KEY = 'replica-jmbw-key';
const mapKeys = (v, f) =>
  Array.isArray(v)
    ? v.map((x) => mapKeys(x, f))
    : v && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).map(([k, x]) => [f(k), mapKeys(x, f)]))
      : v;
const lowerKeys = (v) => mapKeys(v, (k) => k[0].toLowerCase() + k.slice(1));
const upperKeys = (v) => mapKeys(v, (k) => k[0].toUpperCase() + k.slice(1));

async function encrypt(obj) {
  const enc = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', enc.encode(JMBW_KEY), 'AES-GCM', false, ['encrypt']);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, enc.encode(JSON.stringify(obj))));
  const all = new Uint8Array(iv.length + sealed.length);
  all.set(iv);
  all.set(sealed, iv.length);
  return btoa(String.fromCharCode(...all));
}

const hex = (binary) => [...binary].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');

function transmit(path, body) {
  const headers = { 'Content-Type': 'application/json;charset=UTF-8' };
  if (cfg.transport !== 'xhr') {
    return fetch(path, { method: 'POST', headers, body }).then(async (r) => ({ status: r.status, text: await r.text() }));
  }
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
    xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText });
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(body);
  });
}

/** POSTs params in the deployment's dialect (key case, Jmbw) and returns Response.Data or throws Error.Message. */
async function call(path, params) {
  const lower = cfg.keys === 'lowercase';
  const plain = lower ? lowerKeys(params) : params;
  const wrapped =
    cfg.request === 'encrypted' ? { Jmbw: await encrypt(plain) } : cfg.request === 'sm2' ? `$04${hex(atob(await encrypt(plain)))}` : plain;
  let reply;
  try {
    reply = await transmit(path, typeof wrapped === 'string' ? wrapped : JSON.stringify(lower ? lowerKeys(wrapped) : wrapped));
  } catch {
    throw new Error('网络异常，请稍后重试');
  }
  let answer;
  try {
    answer = upperKeys(JSON.parse(reply.text)).Response ?? {};
  } catch {
    throw new Error(`请求失败（${reply.status}）`);
  }
  if (answer.Error) throw new Error(answer.Error.Message);
  if (reply.status >= 400) throw new Error(`请求失败（${reply.status}）`);
  // The gateway's logged-out answer: the page says so in an Element-UI toast, as the real one does.
  if (answer.Data?.CodeMsg === 'refresh') {
    elementToast('会话已失效，请重新登录');
    throw new Error('');
  }
  // Sent back to the login: the real page navigates there; the replica stays and shows nothing.
  if (answer.Data?.Address) throw new Error('');
  return answer.Data;
}

// ---- shared UI -----------------------------------------------------------------------------------------------

function elementToast(text) {
  const toast = h('div', { class: 'el-message el-message--error' }, h('p', { class: 'el-message__content' }, text));
  document.body.append(toast);
  setTimeout(() => toast.remove(), 3000);
}

function message(theme, text) {
  if (!text) return;
  let list = document.querySelector('.t-message__list');
  if (!list) document.body.append((list = h('div', { class: 't-message__list' })));
  const msg = h(
    'div',
    { class: `t-message t-is-${theme}`, role: 'alert' },
    h('span', { class: `t-message__icon` }, theme === 'success' ? '✓' : '!'),
    h('div', { class: 't-message__content' }, text),
  );
  list.append(msg);
  setTimeout(() => msg.remove(), 3000); // TDesign's default duration
}

const MENU = [
  ['发票业务', [['蓝字发票开具'], ['红字发票开具'], ['全量发票查询', '/invoice-query/invoice-query', 'invoice-query']]],
  ['税务数字账户', [['税务数字账户', '/digital-tax-account', 'digital-account'], ['抵扣类勾选', '/dedeuction-type-checked-business', 'deduction']]],
];

function layout(trail, content) {
  const nsrmc = h('span', { class: 'portal-header__nsrmc' });
  const nsrsbh = h('span', { class: 'portal-header__nsrsbh' });
  const menu = h(
    'ul',
    { class: 't-menu' },
    MENU.map(([group, items]) => [
      h('li', { class: 't-menu-group__title' }, group),
      items.map(([text, href, view]) =>
        h('li', { class: `t-menu__item${view === cfg.view ? ' t-is-active' : ''}` },
          href ? h('a', { href: href + location.search }, text) : h('span', { class: 't-is-disabled' }, text)),
      ),
    ]),
  );
  document.getElementById('app').append(
    h('header', { class: 't-layout__header portal-header' },
      h('div', { class: 'portal-header__brand' },
        h('span', { class: 'portal-header__emblem' }, '税'),
        h('span', { class: 'portal-header__title' }, `国家税务总局${cfg.province}电子税务局`),
        h('span', { class: 'portal-header__sub' }, '电子发票服务平台')),
      h('div', { class: 'portal-header__user' }, nsrmc, nsrsbh)),
    h('div', { class: 't-layout portal-main' },
      h('aside', { class: 't-layout__sider' }, h('nav', { class: 't-default-menu' }, menu)),
      h('main', { class: 't-layout__content' },
        h('div', { class: 't-breadcrumb' },
          ['首页', ...trail].map((t, i) => [i ? h('span', { class: 't-breadcrumb__separator' }, '/') : null,
            h('span', { class: 't-breadcrumb__item' }, t)])),
        cfg.status === 'maintenance'
          ? h('div', { class: 't-alert t-alert--warning portal-maintenance' },
              h('div', { class: 't-alert__content' },
                h('div', { class: 't-alert__title' }, '系统维护公告'),
                h('div', { class: 't-alert__message' },
                  '电子发票服务平台正在进行系统维护，维护期间暂停发票查询、下载等服务，请于维护结束后再试。由此带来的不便，敬请谅解。')))
          : null,
        content)),
  );
  call('/szzhzz/swszzhCtr/v1/getNsrjbxx', {}).then(
    (d) => {
      nsrmc.textContent = d.Nsrmc;
      nsrsbh.textContent = `纳税人识别号：${d.Nsrsbh}`;
    },
    (e) => message('error', e.message),
  );
}

/** TDesign-like select: single, or multiple with a 全选 row and tags. */
function select({ options, multiple = false, value, onChange }) {
  let current = value;
  const input = h('input', { class: 't-input__inner', readonly: true, placeholder: '请选择' });
  const tags = h('span', { class: 't-tag-input__prefix' });
  const list = h('ul', { class: 't-select__list' });
  const popup = h('div', { class: 't-popup t-select__dropdown', hidden: true }, h('div', { class: 't-popup__content' }, list));
  const isOn = (v) => (multiple ? (v === '*' ? current.length === options.length : current.includes(v)) : current === v);
  const choose = (v) => {
    if (!multiple) current = v;
    else if (v === '*') current = current.length === options.length ? [] : options.map(([c]) => c);
    else current = isOn(v) ? current.filter((c) => c !== v) : options.map(([c]) => c).filter((c) => c === v || current.includes(c));
    if (!multiple) popup.hidden = true;
    render();
    onChange(current);
  };
  function render() {
    if (multiple) {
      const shown = current.length === options.length ? ['全部'] : current.slice(0, 1).map((c) => label(options, c));
      const more = current.length < options.length && current.length > 1 ? [`+${current.length - 1}`] : [];
      tags.replaceChildren(...[...shown, ...more].map((t) => h('span', { class: 't-tag t-tag--default' }, t)));
      input.placeholder = current.length ? '' : '请选择';
    } else input.value = label(options, current);
    const rows = multiple ? [['*', '全选'], ...options] : options;
    list.replaceChildren(
      ...rows.map(([v, text]) =>
        h('li', { class: `t-select-option${isOn(v) ? ' t-is-selected' : ''}`, title: text, 'data-value': v,
          onclick: (e) => { e.stopPropagation(); choose(v); } },
          multiple ? h('span', { class: `t-checkbox${isOn(v) ? ' t-is-checked' : ''}` }, h('span', { class: 't-checkbox__input' })) : null,
          h('span', {}, text)),
      ),
    );
  }
  const el = h('div', { class: 't-select__wrap' },
    h('div', { class: `t-select t-input__wrap${multiple ? ' t-select--multiple' : ''}`,
      onclick: (e) => {
        e.stopPropagation();
        const open = popup.hidden;
        closePopups();
        popup.hidden = !open;
      } },
      h('div', { class: 't-input t-is-readonly' }, multiple ? tags : null, input, h('span', { class: 't-input__suffix' }, chevronDown()))),
    popup);
  render();
  return { el, set: (v) => { current = v; render(); } };
}
const closePopups = () => document.querySelectorAll('.t-select__dropdown').forEach((p) => (p.hidden = true));
document.addEventListener('click', closePopups);

const formItem = (key, text, control) =>
  h('div', { class: `t-form__item t-form-item__${key}` },
    h('div', { class: 't-form__label' }, h('label', {}, text)),
    h('div', { class: 't-form__controls' }, h('div', { class: 't-form__controls-content' }, control)));

const button = (text, theme, onclick) =>
  h('button', { type: 'button', class: `t-button t-button--variant-base t-button--theme-${theme}`, onclick },
    h('span', { class: 't-button__text' }, text));

const emptyRow = (span) =>
  h('tr', { class: 't-table__empty-row' }, h('td', { colspan: span }, h('div', { class: 't-table__empty' }, '暂无数据')));

const table = (columns, body, extra) =>
  h('div', { class: 't-table t-table--bordered t-table--hoverable t-loading__parent' },
    h('div', { class: 't-table__content' },
      h('table', { class: 't-table--layout-auto' },
        h('thead', { class: 't-table__header' }, h('tr', {}, columns.map((c) => h('th', {}, h('div', { class: 't-table__th-cell-inner' }, c))))),
        body)),
    extra);

// ---- 全量发票查询 --------------------------------------------------------------------------------------------

function invoiceQueryView() {
  const defaults = () => ({
    gjbq: '2',
    start: `${cfg.today.slice(0, 8)}01`,
    end: cfg.today,
    fpzt: FPZT.map(([c]) => c),
    fplx: FPLX.map(([c]) => c),
  });
  let form = defaults();
  let last = null; // the submitted query: the pager pages through it, not through unsubmitted edits
  // 20 rows a page by default, as public captures of the real page show.
  let pageSize = 20;

  const gjbq = select({ options: GJBQ, value: form.gjbq, onChange: (v) => (form.gjbq = v) });
  const fpzt = select({ options: FPZT, multiple: true, value: form.fpzt, onChange: (v) => (form.fpzt = v) });
  const fplx = select({ options: FPLX, multiple: true, value: form.fplx, onChange: (v) => (form.fplx = v) });
  const dateInput = (placeholder) =>
    h('div', { class: 't-input__wrap' }, h('div', { class: 't-input' }, h('input', { class: 't-input__inner', placeholder })));
  const startWrap = dateInput('开票日期起');
  const endWrap = dateInput('开票日期止');
  const start = startWrap.querySelector('input');
  const end = endWrap.querySelector('input');
  const fill = () => {
    gjbq.set(form.gjbq);
    fpzt.set(form.fpzt);
    fplx.set(form.fplx);
    start.value = form.start;
    end.value = form.end;
  };

  const tbody = h('tbody', { class: 't-table__body' }, emptyRow(COLUMNS.length));
  const loading = h('div', { class: 't-loading t-loading--full', hidden: true }, h('div', { class: 't-loading__gradient' }), h('span', { class: 't-loading__text' }, '加载中...'));
  const pager = h('div', { class: 't-pagination' });
  const sizeSelect = h('select', { class: 't-pagination__size', onchange: () => {
    pageSize = Number(sizeSelect.value);
    if (last) run({ ...last, PageNumber: 1, PageSize: pageSize });
  } }, [10, 20, 50, 100].map((n) => h('option', { value: n, selected: n === pageSize }, `${n} 条/页`)));
  let busy = false;

  function renderPager(total, page) {
    const pages = Math.max(1, Math.ceil(total / pageSize));
    const wanted = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
    const items = wanted.flatMap((n, i) => (i && n - wanted[i - 1] > 1 ? ['…', n] : [n]));
    const go = (n) => last && !busy && n >= 1 && n <= pages && n !== page && run({ ...last, PageNumber: n });
    pager.replaceChildren(
      h('div', { class: 't-pagination__total' }, `共 ${total} 条`),
      h('div', { class: 't-pagination__select' }, sizeSelect),
      h('button', { type: 'button', class: `t-pagination__btn t-pagination__btn-prev${page <= 1 ? ' t-is-disabled' : ''}`, disabled: page <= 1, onclick: () => go(page - 1) }, '‹'),
      h('ul', { class: 't-pagination__pager' },
        items.map((n) =>
          n === '…'
            ? h('li', { class: 't-pagination__number t-pagination__number--more' }, '…')
            : h('li', { class: `t-pagination__number${n === page ? ' t-is-current' : ''}`, onclick: () => go(n) }, String(n)))),
      h('button', { type: 'button', class: `t-pagination__btn t-pagination__btn-next${page >= pages ? ' t-is-disabled' : ''}`, disabled: page >= pages, onclick: () => go(page + 1) }, '›'),
      h('div', { class: 't-pagination__jump' }, `共 ${pages} 页`),
    );
  }

  async function run(query) {
    busy = true;
    loading.hidden = false;
    try {
      const data = await call(cfg.api === 'unwatched' ? UNWATCHED_QUERY_PATH : '/szzhzz/qlfpcx/v1/queryFpjcxx', query);
      last = query;
      const list = data.List ?? [];
      const first = (data.PageNumber - 1) * data.PageSize;
      tbody.replaceChildren(
        ...(list.length
          ? list.map((it, i) =>
              h('tr', { class: 't-table__row' },
                COLUMNS.map(([name, get]) => h('td', { class: NUMERIC.has(name) ? 't-align-right' : '' }, String(get(it, first + i + 1))))))
          : [emptyRow(COLUMNS.length)]),
      );
      renderPager(data.Total, data.PageNumber);
    } catch (e) {
      message('error', e.message);
    } finally {
      busy = false;
      loading.hidden = true;
    }
  }

  function search() {
    const [s, e] = [start.value.trim(), end.value.trim()];
    if (!DATE.test(s) || !DATE.test(e)) return message('warning', '请选择开票日期');
    if (s > e) return message('warning', '开票日期起不能晚于开票日期止');
    if (!form.fpzt.length) return message('warning', '请选择发票状态');
    if (!form.fplx.length) return message('warning', '请选择发票票种');
    if (busy) return;
    run({ Gjbq: form.gjbq, FpztDm: form.fpzt, FplxDm: form.fplx, Kprqq: s, Kprqz: e, PageNumber: 1, PageSize: pageSize });
  }

  fill();
  renderPager(0, 1);
  return h('div', { class: 'invoiceQuery' },
    h('div', { class: 't-card' },
      h('form', { class: 't-form t-form-inline invoiceQuery__form', onsubmit: (e) => e.preventDefault() },
        formItem('gjbq', '查询类型', gjbq.el),
        formItem('kprq', '开票日期',
          h('div', { class: 't-range-input' }, startWrap, h('span', { class: 't-range-input__inner-separator' }, '-'), endWrap,
            h('span', { class: 't-range-input__suffix' }, calendar()))),
        formItem('fpzt', '发票状态', fpzt.el),
        formItem('fplx', '发票票种', fplx.el),
        h('div', { class: 'invoiceQuery__actions' },
          button('查询', 'primary', search),
          button('重置', 'default', () => { form = defaults(); fill(); })))),
    h('div', { class: 't-card invoiceQuery__table' }, table(COLUMNS.map(([c]) => c), tbody, [loading, h('div', { class: 't-table__pagination' }, pager)])),
  );
}

// ---- the other pages, kept simple ----------------------------------------------------------------------------

function deductionView() {
  const cols = ['序号', '数电发票号码', '发票代码', '发票号码', '开票日期', '销售方名称', '金额', '税额', '有效抵扣税额', '勾选状态'];
  const tip = h('div', { class: 't-alert__message' }, '当前税款所属期的可勾选发票将在查询后列出。');
  // The page first asks whether this taxpayer may use 勾选 at all; its refusal is in the answer, the page only
  // says it in its own words.
  call('/ypfw/ckts/v1/dkgxincheck', {}).then(
    (d) => {
      if (d.Jg === 'N') tip.textContent = '当前纳税人不能使用此功能。';
    },
    () => undefined,
  );
  return h('div', { class: 't-card' },
    h('h2', { class: 'portal-title' }, '抵扣类勾选'),
    h('div', { class: 't-alert t-alert--info' }, tip),
    table(cols, h('tbody', { class: 't-table__body' }, emptyRow(cols.length))));
}

function digitalAccountView() {
  const tile = (title, text, href) =>
    h('a', { class: 't-card portal-tile', href: href ? href + location.search : null },
      h('div', { class: 'portal-tile__title' }, title), h('div', { class: 'portal-tile__text' }, text));
  return h('div', {},
    h('h2', { class: 'portal-title' }, '税务数字账户'),
    h('div', { class: 'portal-tiles' },
      tile('全量发票查询', '查询开具和取得的全部发票', '/invoice-query/invoice-query'),
      tile('抵扣类勾选', '增值税专用发票等抵扣勾选', '/dedeuction-type-checked-business'),
      tile('发票风险提示', '查看异常凭证与疑点发票')));
}

const VIEWS = {
  'invoice-query': [['发票业务', '全量发票查询'], invoiceQueryView],
  deduction: [['税务数字账户', '抵扣类勾选'], deductionView],
  'digital-account': [['税务数字账户'], digitalAccountView],
};
const [trail, view] = VIEWS[cfg.view];
layout(trail, view());
