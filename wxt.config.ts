import { defineConfig } from 'wxt';

// Extension pages may compile wasm (OCR, QR) but load nothing remote.
const EXTENSION_PAGES_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";

export default defineConfig({
  srcDir: '.',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: auto-imports once resolved the page's global `Request` to our zod schema.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'alarms'],
    host_permissions: ['https://*.chinatax.gov.cn/*'],
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: {
          gecko: {
            id: 'fapiao-watch@example.org',
            strict_min_version: '128.0',
            // Invoice data never leaves the machine.
            data_collection_permissions: { required: ['none'] },
          },
        } }
      : {}),
  }),
  vite: () => ({
    build: {
      rollupOptions: {
        // zod ships comments Rollup cannot place; they are harmless and only drown the build log.
        onwarn(warning, warn) {
          if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
        },
      },
    },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
