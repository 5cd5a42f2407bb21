// The portal replica: an HTTPS server that imitates the Beijing 数电 portal's 全量发票查询 page and its JSON calls.
// Library: startReplica(); CLI: node tests/replica/server.mjs [--port N] [--today YYYY-MM-DD] [--scenario SPEC]
import https from 'node:https';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { selfSignedCert } from './cert.mjs';
import { chinaToday, sampleData } from './data.mjs';
import { createRouter } from './routes.mjs';
import { scenarioRules } from './scenario.mjs';

export const ORIGIN = 'https://dppt.beijing.chinatax.gov.cn:8443';
export const PAGE_URL = `${ORIGIN}/invoice-query/invoice-query`;

/**
 * Value for Chromium's --host-resolver-rules so that https://*.chinatax.gov.cn:8443 reaches a replica on `port`.
 * The pattern may carry a port and the replacement may name another one: the page keeps its :8443 origin (so the
 * extension's match patterns apply) while the TCP connection goes to 127.0.0.1:port. Every other chinatax host
 * and port is pinned to 127.0.0.1 so a test can never reach the real site.
 */
export function chromiumHostRules(port = 8443) {
  // The 查验 platform is served on 443; the replica answers it on its own port.
  const verify = `MAP inv-veri.chinatax.gov.cn:443 127.0.0.1:${port}`;
  return port === 8443
    ? `${verify}, MAP *.chinatax.gov.cn 127.0.0.1`
    : `${verify}, MAP *.chinatax.gov.cn:8443 127.0.0.1:${port}, MAP *.chinatax.gov.cn 127.0.0.1`;
}

/**
 * @param {{ port?: number, host?: string, today?: string, log?: boolean }} [options] port 0 picks a free port
 */
export async function startReplica({ port = 8443, host = '127.0.0.1', today = chinaToday(), log = false } = {}) {
  const data = sampleData(today);
  const rules = scenarioRules(data);
  let state = rules.defaults();
  const requests = [];
  const server = https.createServer(
    selfSignedCert(),
    createRouter({ data, today, rules, requests, log, getState: () => state, setState: (s) => (state = s) }),
  );
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return {
    port: server.address().port,
    origin: ORIGIN,
    data,
    requests,
    get scenario() {
      return state;
    },
    /** setScenario('session-expired'), setScenario('keys', 'lowercase'), setScenario('reset') … (see README) */
    setScenario(name, value) {
      state = rules.apply(state, name, value);
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '8443' }, today: { type: 'string' }, scenario: { type: 'string' } },
  });
  const replica = await startReplica({ port: Number(values.port), today: values.today, log: true });
  if (values.scenario) {
    for (const item of values.scenario.split(',')) {
      const [name, value] = item.split('=');
      replica.setScenario(name, value);
    }
  }
  console.log(`portal replica on https://127.0.0.1:${replica.port} (today ${replica.data.today}, taxpayer ${replica.data.taxpayer.Nsrsbh})`);
  console.log(`open ${PAGE_URL} in Chromium started with`);
  console.log(`  --ignore-certificate-errors --host-resolver-rules="${chromiumHostRules(replica.port)}"`);
  process.on('SIGINT', () => replica.close().then(() => process.exit(0)));
}
