import { zipSync, type AsyncZippable, type FlateCallback, type FlateError, type ZipOptions } from 'fflate';

export * from 'fflate';

/**
 * fflate for write-excel-file (wxt.config.ts points its import here): the same API, but `zip` compresses in the
 * caller's thread. fflate's own `zip` starts `blob:` workers for parts over 160 KB, which an extension's CSP may
 * refuse (then its callback never comes); the XLSX export already runs in the record worker, off the page's thread.
 */
export function zip(data: AsyncZippable, optsOrCallback: ZipOptions | FlateCallback, maybeCallback?: FlateCallback): void {
  const [opts, callback] = typeof optsOrCallback === 'function' ? [{}, optsOrCallback] : [optsOrCallback, maybeCallback!];
  let archive: Parameters<FlateCallback>[1];
  try {
    archive = zipSync(data as Parameters<typeof zipSync>[0], opts) as typeof archive;
  } catch (error) {
    callback(error as FlateError, new Uint8Array(0));
    return;
  }
  callback(null, archive);
}
