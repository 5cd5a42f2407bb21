import type { BilingualText } from '@/utils/ui-text';

const t = (zh: string, en: string): BilingualText => ({ zh, en });

/** Every string of the export, backup and restore section, Chinese first. */
export const RECORD_TEXT = {
  title: t('导出、备份与恢复', 'Export, back up and restore'),
  exportTitle: t('导出到 Excel 或记录文件', 'Export to Excel or a record file'),
  scopeAll: (n: number) => t(`全部发票（${n} 张）`, `All invoices (${n})`),
  scopeFiltered: (n: number) => t(`当前筛选（${n} 张）`, `Current filter (${n})`),
  exportCsv: t('导出 CSV', 'Export CSV'),
  exportXlsx: t('导出 Excel (XLSX)', 'Export Excel (XLSX)'),
  exportJson: t('导出记录 (JSON)', 'Export record (JSON)'),
  exportHint: t(
    'CSV 与 XLSX 可直接用 Excel 打开，号码和税号保持为文本；JSON 记录可在另一台电脑或新版本中导入。',
    'CSV and XLSX open directly in Excel with numbers and tax IDs kept as text; the JSON record can be imported on another computer or by a later version.',
  ),
  exported: (n: number, name: string) => t(`已导出 ${n} 张发票：${name}`, `Exported ${n} invoices: ${name}`),
  working: t('正在处理…', 'Working…'),
  backupTitle: t('加密备份', 'Encrypted backup'),
  passphrase: t('备份口令（至少 8 位）', 'Backup passphrase (at least 8 characters)'),
  withFiles: t('包含原始发票文件', 'Include the original invoice files'),
  backup: t('生成加密备份', 'Make an encrypted backup'),
  backupHint: t(
    '备份使用 AES-GCM 加密，密钥由口令经 60 万次 PBKDF2-SHA256 生成。口令不保存在任何地方，遗失后无法恢复备份。',
    'The backup is encrypted with AES-GCM under a key derived from the passphrase by 600,000 rounds of PBKDF2-SHA256. The passphrase is stored nowhere; without it the backup cannot be restored.',
  ),
  backedUp: (n: number, files: number, name: string) =>
    t(`已生成备份：${n} 张发票、${files} 个原始文件（${name}）。请牢记口令。`, `Backup made: ${n} invoices, ${files} original files (${name}). Keep the passphrase safe.`),
  restoreTitle: t('从备份恢复', 'Restore from a backup'),
  chooseFile: t('选择文件…', 'Choose a file…'),
  restoreFile: t('选择备份文件（.fwbackup）', 'Choose a backup file (.fwbackup)'),
  restorePassphrase: t('备份口令', 'Backup passphrase'),
  restoreOpen: t('解密并预览', 'Decrypt and preview'),
  importRecordTitle: t('导入记录文件', 'Import a record file'),
  importRecordFile: t('选择记录文件（.json）', 'Choose a record file (.json)'),
  previewTitle: (source: string) => t(`将要发生的变化：${source}`, `What will change: ${source}`),
  previewExported: (at: string) => t(`导出时间 ${at}`, `exported ${at}`),
  previewCounts: (added: number, updated: number, conflicts: number, unchanged: number) =>
    t(
      `新增 ${added} 张，补充 ${updated} 张，冲突 ${conflicts} 张，相同 ${unchanged} 张`,
      `${added} new, ${updated} completed, ${conflicts} in conflict, ${unchanged} the same`,
    ),
  previewEvidence: (e: { sightings: number; scopes: number; signals: number; verifications: number; activity: number; files: number; settings: number }) =>
    t(
      `另有税务局查询 ${e.scopes} 次、看到的发票 ${e.sightings} 条、页面提示 ${e.signals} 条、查验结果 ${e.verifications} 条、处理记录 ${e.activity} 条、原始文件 ${e.files} 个、设置 ${e.settings} 项`,
      `plus ${e.scopes} portal queries, ${e.sightings} portal rows, ${e.signals} page messages, ${e.verifications} verification results, ${e.activity} history entries, ${e.files} original files, ${e.settings} settings`,
    ),
  filesWithoutBytes: (n: number) =>
    t(`记录文件只列出 ${n} 个原始文件的名称，不含文件本身；需要原件请用加密备份恢复。`, `The record lists ${n} original files by name only; restore an encrypted backup to get the files.`),
  previewEmpty: t('本机已包含此文件的全部内容，导入不会改变任何数据。', 'Everything in this file is already here; importing changes nothing.'),
  changeNew: t('新增', 'New'),
  changeUpdated: t('补充空白项', 'Fills blanks'),
  changeConflict: t('冲突', 'Conflict'),
  takeIncoming: t('用文件中的值替换（原值记入处理记录）', 'Use the file’s values (the current ones are kept in the history)'),
  moreRows: (n: number) => t(`……另有 ${n} 张`, `… and ${n} more`),
  confirmRestore: t('确认恢复', 'Restore'),
  confirmImport: t('确认导入', 'Import'),
  cancel: t('取消', 'Cancel'),
  merged: (added: number, updated: number, replaced: number, files: number) =>
    t(
      `已写入：新增 ${added} 张，补充 ${updated} 张，替换 ${replaced} 张，原始文件 ${files} 个。`,
      `Written: ${added} added, ${updated} completed, ${replaced} replaced, ${files} original files.`,
    ),
  mergeConflict: (keys: string[]) =>
    t(`发票 ${keys.join('、')} 在预览之后被修改，本次没有写入任何内容；请重新选择文件。`, `Invoice ${keys.join(', ')} changed after the preview; nothing was written. Choose the file again.`),
  localOnly: t('导出和备份文件只在本机生成，不会上传。', 'Exports and backups are made on this computer; nothing is uploaded.'),
};
