// The built manifest stays minimal (issue 15, part 5). Reads what `wxt build` wrote; builds nothing itself. Any change
// to permissions, hosts, CSP or content scripts has to be made here too, on purpose.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { EXTENSION_DIR } from './launch.mjs';

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

/** Every file of the build, as paths inside it. */
function files(dir = EXTENSION_DIR) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [relative(EXTENSION_DIR, join(dir, e.name))]));
}
const scripts = files().filter((f) => f.endsWith('.js'));
const code = scripts.map((f) => readFileSync(join(EXTENSION_DIR, f), 'utf8')).join('\n');

describe('the built manifest', () => {
  it('has only these keys: no web_accessible_resources, optional or external access', () => {
    assert.deepEqual(Object.keys(manifest).sort(), [
      'action',
      'background',
      'content_scripts',
      'content_security_policy',
      'default_locale',
      'description',
      'host_permissions',
      'icons',
      'manifest_version',
      'name',
      'permissions',
      'version',
    ]);
    assert.equal(manifest.manifest_version, 3);
    assert.equal(manifest.web_accessible_resources, undefined);
  });

  it('asks for alarms, notifications and storage, and nothing else', () => {
    assert.deepEqual([...manifest.permissions].sort(), ['alarms', 'notifications', 'storage']);
  });

  // storage stays: storage.local holds the reminders' state between service-worker runs and each portal answer a
  // content script queues until the background has stored it (content scripts cannot open the extension's IndexedDB).
  for (const [permission, use] of [
    ['alarms', /\.alarms\.(create|onAlarm|clear)/],
    ['notifications', /\.notifications\.(create|onClicked|clear)/],
    ['storage', /\.storage\.local\b/],
  ]) {
    it(`uses every permission it asks for: ${permission}`, () => {
      assert.match(code, use, `${permission} is asked for but no built script calls it`);
    });
  }

  it('reaches only the tax bureau’s hosts', () => {
    assert.deepEqual(manifest.host_permissions, ['https://*.chinatax.gov.cn/*']);
  });

  it('lets extension pages run only their own scripts, compile wasm, and connect nowhere else', () => {
    assert.equal(manifest.content_security_policy.extension_pages, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; img-src 'self' data: blob:; connect-src 'self'");
    assert.deepEqual(Object.keys(manifest.content_security_policy), ['extension_pages']);
  });

  it("allows 'wasm-unsafe-eval' because wasm ships: OCR, QR and pdf.js decoders", () => {
    const wasm = files().filter((f) => f.endsWith('.wasm'));
    for (const name of ['tesseract-core-simd-lstm.wasm', 'zxing_reader.wasm', 'ort-wasm-simd-threaded.wasm']) {
      assert.ok(wasm.some((f) => f.endsWith(name)), `${name} is in the build`);
    }
  });

  it('injects the portal hook into the page world at document_start, its partner into the isolated world, and the 查验 assist', () => {
    assert.deepEqual(manifest.content_scripts, [
      { matches: ['https://*.chinatax.gov.cn/*'], run_at: 'document_start', js: ['content-scripts/portal-hook.js'], world: 'MAIN' },
      { matches: ['https://*.chinatax.gov.cn/*'], run_at: 'document_start', js: ['content-scripts/portal.js'] },
      { matches: ['https://inv-veri.chinatax.gov.cn/*'], run_at: 'document_idle', js: ['content-scripts/verify.js'] },
    ]);
    for (const script of manifest.content_scripts.flatMap((c) => c.js)) assert.ok(scripts.includes(script), `${script} is built`);
  });

  it('runs its background as the one service worker', () => {
    assert.deepEqual(manifest.background, { service_worker: 'background.js' });
  });
});
