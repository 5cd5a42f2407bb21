// Scenario state: which variant of the portal the replica imitates. One global state (setScenario,
// POST /__replica/scenario) that a page URL's ?scenario=... can override for that page and its calls.

/** Errors the portal answers with, in Response.Error. */
export const FAILURES = {
  'session-expired': { Code: 'AuthFailure.SessionExpired', Message: '身份认证已失效，请重新登录' },
  permission: {
    Code: 'UnauthorizedOperation.Permission',
    Message: '本功能仅提供给增值税一般纳税人使用，您当前登录的纳税人暂不能使用该功能',
  },
  maintenance: { Code: 'ServiceUnavailable.Maintenance', Message: '系统维护中，暂停发票查询服务，请稍后再试' },
};

/**
 * How the invoice query answers once the session is gone, in each form public captures show: Error.Code 302,
 * Data.CodeMsg 'refresh' (the page then shows an Element-UI toast), Data.Address to the login, HTTP 412, an HTML page.
 */
export const LOGOUT_FORMS = ['none', 'error-code', 'codemsg', 'address', 'http', 'html'];

/**
 * How answer rows look: `sample` as in the sample data; `captured` as public captures show them — amounts as JSON
 * numbers, and legacy invoices' code and number in ZzfpDm / Zzfphm with Fpdm and Fphm empty.
 */
export const ROW_FORMS = ['sample', 'captured'];

const CHOICES = { keys: ['pascal', 'lowercase'], request: ['plain', 'encrypted', 'sm2'], transport: ['fetch', 'xhr'], logout: LOGOUT_FORMS, rows: ROW_FORMS, api: ['watched', 'unwatched'], shape: ['known', 'unknown'] };

export function scenarioRules(data) {
  const defaults = () => ({
    status: 'ok',
    keys: 'pascal',
    request: 'plain',
    transport: 'fetch',
    logout: 'none',
    rows: 'sample',
    api: 'watched',
    shape: 'known',
    taxpayer: data.taxpayer.Nsrsbh,
    delay: 0,
  });

  /** Returns a new state with one setting changed; throws on unknown names or values. */
  function apply(state, name, value) {
    if (name === 'reset' || name === 'normal') return defaults();
    if (name in FAILURES) return { ...state, status: value === false || value === 'false' ? 'ok' : name };
    if (name === 'status') {
      if (value !== 'ok' && !(value in FAILURES)) throw new Error(`status must be ok or one of ${Object.keys(FAILURES)}`);
      return { ...state, status: value };
    }
    if (name in CHOICES) {
      if (!CHOICES[name].includes(value)) throw new Error(`${name} must be one of ${CHOICES[name].join('|')}`);
      return { ...state, [name]: value };
    }
    if (name === 'taxpayer') {
      if (!data.companies.some((c) => c.Nsrsbh === value)) throw new Error(`taxpayer ${value} is not in the sample data`);
      return { ...state, taxpayer: value };
    }
    if (name === 'delay') {
      const ms = Number(value);
      if (!Number.isInteger(ms) || ms < 0) throw new Error('delay must be a whole number of milliseconds');
      return { ...state, delay: ms };
    }
    throw new Error(`unknown scenario ${name}`);
  }

  /** Applies a spec like "session-expired,keys=lowercase,delay=300". */
  function applySpec(state, spec) {
    return spec
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .reduce((st, item) => {
        const eq = item.indexOf('=');
        return eq < 0 ? apply(st, item) : apply(st, item.slice(0, eq), item.slice(eq + 1));
      }, state);
  }

  return { defaults, apply, applySpec };
}
