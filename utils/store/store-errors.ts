import type { Problem } from '../invoice/model';

/** The database did not open in time: another page holds it at an older version. */
export class StoreBlockedError extends Error {
  override name = 'StoreBlockedError';
}

const name = (error: unknown) => (error as { name?: unknown } | null)?.name;

/**
 * What a failure of the local database means to the user, and that nothing already stored was lost: IndexedDB
 * writes are transactions (each of ours all or nothing), and a database from a newer version is never opened.
 */
export function storeProblem(error: unknown): Problem {
  switch (name(error)) {
    case 'VersionError':
      return {
        code: 'store-newer',
        field: 'store',
        zh: '本机数据由更新版本的发票守望保存，当前版本无法读取。请把扩展更新到最新版本；数据没有被改动。',
        en: 'The data on this computer was saved by a newer fapiao-watch. Update the extension; the data was not changed.',
      };
    case 'QuotaExceededError':
      return {
        code: 'store-full',
        field: 'store',
        zh: '浏览器给扩展的存储空间已满，这次更改没有保存，已保存的数据不受影响。请先备份，再删除不需要的发票或原始文件后重试。',
        en: "The browser's storage for the extension is full. This change was not saved; what was saved is intact. Back up, then remove invoices or original files you no longer need, and try again.",
      };
    case 'StoreBlockedError':
      return {
        code: 'store-blocked',
        field: 'store',
        zh: '扩展正在升级本机数据，但另一个发票守望页面仍在使用旧版本。请关闭其他发票守望页面后重试。',
        en: 'The extension is upgrading its data while another fapiao-watch page still uses the old version. Close the other fapiao-watch pages and try again.',
      };
    default:
      return {
        code: 'store-failed',
        field: 'store',
        zh: `读写本机数据失败，这次更改没有保存（${String(error)}）。`,
        en: `Reading or writing the local data failed; this change was not saved (${String(error)}).`,
      };
  }
}
