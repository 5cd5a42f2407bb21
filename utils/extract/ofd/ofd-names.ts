import type { DraftField } from '../types';

/** `<ofd:CustomData Name="…">` names in OFD.xml. */
export const CUSTOM_DATA_FIELDS: Readonly<Record<string, DraftField>> = {
  发票号码: 'number',
  发票代码: 'code',
  开票日期: 'date',
  合计金额: 'amount',
  合计税额: 'tax',
  价税合计: 'total',
  校验码: 'checkCode',
  购买方纳税人识别号: 'buyerTaxId',
  购买方名称: 'buyerName',
  销售方纳税人识别号: 'sellerTaxId',
  销售方名称: 'sellerName',
};

/** Element names in Doc_0/Tags/CustomTag.xml that point at the page text holding a field. */
export const CUSTOM_TAG_FIELDS: Readonly<Record<string, DraftField>> = {
  InvoiceNo: 'number',
  InvoiceCode: 'code',
  IssueDate: 'date',
  InvoiceCheckCode: 'checkCode',
  BuyerName: 'buyerName',
  BuyerTaxID: 'buyerTaxId',
  SellerName: 'sellerName',
  SellerTaxID: 'sellerTaxId',
  TaxExclusiveTotalAmount: 'amount',
  TaxTotalAmount: 'tax',
  TaxInclusiveTotalAmount: 'total',
};
