import type { BilingualText } from '@/utils/ui-text';
import type { DraftField } from '@/utils/extract/types';
import type { RowState } from '@/utils/import/review-types';
import type { FileState } from '@/utils/import/import-state';
import type { ExtractStage } from '@/utils/extract/progress';

const t = (zh: string, en: string): BilingualText => ({ zh, en });

/** Every string of the import section, Chinese first. */
export const IMPORT_TEXT = {
  title: t('导入发票文件或表格', 'Import invoice files or sheets'),
  dropHint: t(
    '把供应商发来的发票文件（OFD、XML、PDF、JPG/PNG 照片或扫描件）或 ERP/报销系统导出的表格（CSV、XLSX），以及电子税务局「全量发票查询」导出的表格拖到这里，可一次多个。',
    'Drop invoice files from suppliers (OFD, XML, PDF, JPG/PNG photos or scans), ERP/expense sheets (CSV, XLSX) or the portal’s 全量发票查询 export here, several at once.',
  ),
  pick: t('选择文件…', 'Choose files…'),
  pasteLabel: t('或粘贴从 Excel 复制的行（可含表头）', 'Or paste rows copied from Excel (header row optional)'),
  pasteRead: t('读取粘贴内容', 'Read pasted rows'),
  keepOriginals: t('保存原始文件（可随时打开，单个文件不超过 10 MB）', 'Keep the original files (to open again later; up to 10 MB each)'),
  localOnly: t('全部在本机处理，文件不会上传。', 'Everything is processed on this computer; nothing is uploaded.'),
  cancel: t('停止', 'Stop'),
  progress: (done: number, total: number) => t(`已处理 ${done}/${total} 个文件`, `${done} of ${total} files processed`),
  reviewTitle: (n: number) => t(`核对识别结果（${n} 张）`, `Review what was read (${n})`),
  reviewHint: t(
    '请核对标色的项目：红色不符合发票规则，橙色是识别把握不大或不同来源不一致。可直接修改；勾选的发票会一起保存。',
    'Check the highlighted values: red breaks an invoice rule, orange is uncertain or read differently by two sources. Edit them in place; ticked invoices are saved together.',
  ),
  save: (n: number) => t(`保存 ${n} 张发票`, `Save ${n} invoices`),
  saveNothing: t('没有可保存的发票', 'Nothing to save'),
  saved: (added: number, updated: number, sightings: number) =>
    t(
      `已保存：新增 ${added} 张${updated ? `，补充 ${updated} 张已有发票` : ''}${sightings ? `，记录税务局已有的 ${sightings} 张` : ''}。`,
      `Saved: ${added} added${updated ? `, ${updated} stored invoices completed` : ''}${sightings ? `, ${sightings} portal rows recorded` : ''}.`,
    ),
  conflict: (keys: string[]) =>
    t(`发票 ${keys.join('、')} 刚在别处被添加或修改，本次没有保存任何内容；已刷新，请再核对后保存。`, `Invoice ${keys.join(', ')} was just added or changed elsewhere; nothing was saved. The review was refreshed; check and save again.`),
  discard: t('清空本次导入', 'Discard this import'),
  file: t('文件', 'File'),
  state: t('状态', 'State'),
  accept: t('保存', 'Save'),
  merge: t('合并到同一张发票', 'Merge into the same invoice'),
  duplicateOf: (name: string) => t(`与「${name}」中的发票相同`, `Same invoice as in '${name}'`),
  storedAlready: t('清单里已有这张发票，不会重复保存。', 'This invoice is already in the list; it will not be saved twice.'),
  mergeStored: (fields: string) => t(`用文件补充已有记录缺少的：${fields}`, `Fill what the stored record lacks: ${fields}`),
  nothingToFill: t('已有记录不缺任何信息。', 'The stored record lacks nothing.'),
  differs: (field: string, stored: string, file: string) => t(`${field}：清单里是 ${stored}，文件里是 ${file}（保留清单中的值）`, `${field}: the list has ${stored}, the file ${file} (the list's value is kept)`),
  conflictWith: (value: string, source: string) => t(`${source} 读到 ${value}`, `${source} read ${value}`),
  mappingTitle: (name: string) => t(`「${name}」的列对应关系`, `Columns of '${name}'`),
  mappingHint: t('没能从表头认出所有关键列，请为每项选择对应的列；选择会按这组表头记住，下次自动使用。', 'Not all key columns were recognised from the headers; pick the column of each field. The choice is remembered for this set of headers.'),
  mappingNone: t('（无）', '(none)'),
  mappingApply: t('按此对应读取', 'Read with these columns'),
  exportTitle: (name: string) => t(`税务局导出表「${name}」`, `Portal export '${name}'`),
  exportHint: (n: number) =>
    t(
      `这是电子税务局自己的导出，${n} 张发票会记为「税务局上已看到」，不会加入应收清单。请确认导出时的查询范围：`,
      `This is the portal's own export: its ${n} invoices are recorded as seen on the portal, not added to the expected list. Confirm the query it covered:`,
    ),
  exportFrom: t('开票日期起', 'Issued from'),
  exportTo: t('开票日期止', 'Issued to'),
  exportDirection: t('查询类型', 'Direction'),
  exportMadeAt: (at: string) => t(`导出时间（文件修改时间）：${at}`, `Exported at (file time): ${at}`),
  directionUnknown: t('不确定', 'Not sure'),
  directionReceived: t('取得发票', 'Received (取得)'),
  directionIssued: t('开具发票', 'Issued (开具)'),
  openOriginal: t('原件', 'Original'),
  pending: t('二维码已读，正在识别其余字段…', 'QR read, reading the rest…'),
} as const;

export const FIELD_LABELS: Readonly<Record<DraftField, BilingualText>> = {
  code: t('发票代码', 'Code'),
  number: t('发票号码', 'Number'),
  date: t('开票日期', 'Date'),
  total: t('价税合计', 'Total'),
  amount: t('金额', 'Amount'),
  tax: t('税额', 'Tax'),
  sellerTaxId: t('销方税号', 'Seller tax ID'),
  sellerName: t('销方名称', 'Seller'),
  buyerTaxId: t('购方税号', 'Buyer tax ID'),
  buyerName: t('购方名称', 'Buyer'),
  typeCode: t('票种', 'Type'),
  checkCode: t('校验码', 'Check code'),
  qr: t('二维码内容', 'QR payload'),
};


export const ROW_STATE_LABELS: Readonly<Record<RowState, BilingualText>> = {
  ready: t('可保存', 'Ready'),
  check: t('请核对', 'Check'),
  invalid: t('需修改', 'Fix first'),
  duplicate: t('重复', 'Duplicate'),
  stored: t('已在清单', 'Already listed'),
};

export const FILE_STATE_LABELS: Readonly<Record<FileState, BilingualText>> = {
  queued: t('等待中', 'Queued'),
  reading: t('读取中', 'Reading'),
  done: t('完成', 'Done'),
  failed: t('未能读取', 'Not read'),
  cancelled: t('已停止', 'Stopped'),
};

export const STAGE_LABELS: Readonly<Record<ExtractStage, BilingualText>> = {
  read: t('读取', 'reading'),
  text: t('读取文字', 'reading text'),
  qr: t('识别二维码', 'reading the QR code'),
  ocr: t('文字识别', 'OCR'),
  sheet: t('读取表格', 'reading the sheet'),
};
