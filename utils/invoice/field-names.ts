import type { BilingualText } from '../ui-text';
import type { FieldSource } from './model';

/** What each invoice field is called on an invoice and in the portal. */
export const FIELD_NAMES: Readonly<Record<string, BilingualText>> = {
  key: { zh: '发票代码和号码', en: 'code and number' },
  number: { zh: '发票号码', en: 'invoice number' },
  code: { zh: '发票代码', en: 'invoice code' },
  date: { zh: '开票日期', en: 'issue date' },
  total: { zh: '价税合计', en: 'total incl. tax' },
  amount: { zh: '金额', en: 'amount excl. tax' },
  tax: { zh: '税额', en: 'tax' },
  sellerTaxId: { zh: '销售方税号', en: 'seller tax ID' },
  sellerName: { zh: '销售方名称', en: 'seller name' },
  buyerTaxId: { zh: '购买方税号', en: 'buyer tax ID' },
  buyerName: { zh: '购买方名称', en: 'buyer name' },
  note: { zh: '备注', en: 'note' },
  typeCode: { zh: '票种', en: 'invoice type' },
  checkCode: { zh: '校验码', en: 'check code' },
  qr: { zh: '二维码', en: 'QR code' },
};

export function fieldLabel(field: string): BilingualText {
  return FIELD_NAMES[field] ?? { zh: field, en: field };
}

/** Where a value was read, as the review and the exports name it. */
export const FIELD_SOURCE_NAMES: Readonly<Record<FieldSource, BilingualText>> = {
  qr: { zh: '二维码', en: 'QR' },
  ofd: { zh: 'OFD', en: 'OFD' },
  xml: { zh: 'XML', en: 'XML' },
  'pdf-text': { zh: 'PDF 文字', en: 'PDF text' },
  ocr: { zh: '文字识别', en: 'OCR' },
  sheet: { zh: '表格', en: 'Sheet' },
  manual: { zh: '手工', en: 'Typed' },
  portal: { zh: '电子税务局', en: 'Portal' },
};
