import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PluginOption } from 'vite';
import { defineConfig } from 'wxt';
import { BUNDLED_FILES, PDF_CMAPS } from './utils/extract/bundled-assets';

// Extension pages may compile wasm (OCR, QR) but load and send nothing remote: default-src and connect-src keep every
// fetch, image and font, even a library's default CDN download, inside the extension (images also from data:/blob:,
// for the originals kept locally).
const EXTENSION_PAGES_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; img-src 'self' data: blob:; connect-src 'self'";

/** write-excel-file zips through utils/export/sheet/sync-zip.ts: fflate without its `blob:` workers. */
function excelZipInWorker(): PluginOption {
  const shim = resolve('utils/export/sheet/sync-zip.ts');
  return {
    name: 'fapiao-watch:excel-sync-zip',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === 'fflate' && importer?.includes('write-excel-file') ? shim : null;
    },
  };
}

/** The import's libraries load these at run time; they ship inside the extension. */
function bundledFiles(): Array<{ absoluteSrc: string; relativeDest: string }> {
  const files: Array<{ absoluteSrc: string; relativeDest: string }> = Object.values(BUNDLED_FILES).map((f) => ({
    absoluteSrc: resolve(f.src),
    relativeDest: f.dest,
  }));
  for (const name of readdirSync(PDF_CMAPS.srcDir).filter((n) => PDF_CMAPS.pick.test(n))) {
    files.push({ absoluteSrc: resolve(PDF_CMAPS.srcDir, name), relativeDest: `${PDF_CMAPS.destDir}/${name}` });
  }
  return files;
}

export default defineConfig({
  srcDir: '.',
  // Parallel work builds to its own folder (WXT_OUT_DIR) so two builds never overwrite each other's extension.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: auto-imports once resolved the page's global `Request` to our zod schema.
  imports: false,
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...bundledFiles());
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'alarms', 'notifications'],
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
    // The import worker splits its heavy libraries into chunks it loads on first use.
    worker: { format: 'es', plugins: () => [excelZipInWorker()] },
    plugins: [excelZipInWorker()],
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
