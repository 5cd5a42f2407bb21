import type { Problem } from '../../invoice/model';
import { problem } from '../../invoice/problem';
import { formatBytes } from '../../extract/limits';

/** Carries a Problem out of functions whose result is plain bytes (packing, encrypting). */
export class BackupError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.en);
    this.name = 'BackupError';
  }
}

/** Short form of a sha256 for messages: enough to tell files apart, short enough to read. */
const shortSha = (sha: string) => `${sha.slice(0, 12)}…`;

export const notBackup = (looksLikeJson: boolean): Problem =>
  looksLikeJson
    ? problem('backup-not-backup', 'file', '这是未加密的记录文件（JSON），不是加密备份；请用「导入记录」导入它。', 'This is an unencrypted record (JSON), not an encrypted backup; import it with “Import record”.')
    : problem('backup-not-backup', 'file', '这不是发票守望的备份文件，请选择发票守望生成的加密备份。', 'This is not a fapiao-watch backup; choose an encrypted backup made by fapiao-watch.');

export const truncated = (): Problem =>
  problem('backup-truncated', 'file', '备份文件不完整（可能在下载或复制时被截断），无法打开；请找回完整的文件。', 'The backup file is incomplete (probably cut off while downloading or copying) and cannot be opened; find the complete file.');

export const newerVersion = (): Problem =>
  problem('backup-newer-version', 'file', '此备份由更新版本的发票守望生成，请先升级扩展。', 'This backup was made by a newer version of fapiao-watch; update the extension first.');

export const badHeader = (zh: string, en: string): Problem =>
  problem('backup-bad-header', 'file', `备份文件的加密参数无效（${zh}），文件可能被改动过，无法打开。`, `The backup's encryption settings are invalid (${en}); the file may have been altered and cannot be opened.`);

export const wrongPassphrase = (): Problem =>
  problem('backup-wrong-passphrase', 'passphrase', '口令不正确，请检查后重试（区分大小写）。', 'Wrong passphrase; check it and try again (it is case-sensitive).');

export const tampered = (): Problem =>
  problem('backup-tampered', 'file', '文件已损坏或被改动，无法恢复其中的数据。', 'The file is damaged or has been altered; its data cannot be recovered.');

export const passphraseEmpty = (): Problem => problem('backup-passphrase-empty', 'passphrase', '请输入口令。', 'Enter a passphrase.');

export const passphraseShort = (min: number): Problem =>
  problem('backup-passphrase-short', 'passphrase', `口令至少需要 ${min} 个字符。`, `The passphrase needs at least ${min} characters.`);

/** What went over a limit, in both languages, with the limit itself. */
export interface Excess {
  zh: string;
  en: string;
  limit: string;
}

export const excessBytes = (zh: string, en: string, limit: number): Excess => ({ zh, en, limit: formatBytes(limit) });

/** `writing`: the backup was being made (nothing was written), otherwise it was being opened. */
export const tooLarge = (what: Excess, writing: boolean): Problem =>
  problem(
    'backup-too-large',
    'file',
    `${what.zh}超过上限（${what.limit}），${writing ? '备份没有生成' : '无法打开'}。`,
    `${what.en} exceeds the limit (${what.limit}); ${writing ? 'no backup was made' : 'it cannot be opened'}.`,
  );

export const bundleCorrupt = (): Problem =>
  problem('backup-bundle-corrupt', 'file', '备份内容的格式有误（可能由有缺陷的版本生成），无法恢复。', 'The backup content is malformed (perhaps written by a faulty version) and cannot be restored.');

export const fileMismatch = (sha: string, writing: boolean): Problem =>
  writing
    ? problem('backup-file-mismatch', 'file', `发票原件（校验值 ${shortSha(sha)}）的内容与保存时不符，可能已损坏，备份没有生成。`, `An original file (sha256 ${shortSha(sha)}) no longer matches its checksum and may be damaged; no backup was made.`)
    : problem('backup-file-mismatch', 'file', `备份中的发票原件（校验值 ${shortSha(sha)}）内容不符，无法恢复。`, `An original file in the backup (sha256 ${shortSha(sha)}) does not match its checksum and cannot be restored.`);
