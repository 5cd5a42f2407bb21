import { at, textOf, type XmlNode } from '../xml';
import { nonEmpty, type FieldValues } from './fields';

/** The XBRL instance (taxonomy xbrl.mof.gov.cn …/inv) some issuers, 诺诺 among them, attach instead of original_invoice.xml. */
export function isInvoiceXbrl(doc: XmlNode): boolean {
  return at(doc, 'xbrl', 'NumberOfInvoice') !== undefined;
}

export function readInvoiceXbrl(doc: XmlNode): FieldValues {
  const root = at(doc, 'xbrl');
  const v = (name: string) => textOf(at(root, name));
  return nonEmpty({
    code: v('CodeOfInvoice'),
    number: v('NumberOfInvoice'),
    date: v('DateOfIssue'),
    total: v('TaxIncludedAmountInFigures'),
    amount: v('TotalAmountExcludingTax'),
    tax: v('TotalTaxAmount'),
    checkCode: v('IdentifyingCode').replace(/\s/g, ''),
    sellerTaxId: v('TaxpayerIdentificationNumberUnifiedSocialCreditCodeOfSeller'),
    sellerName: v('NameOfSeller'),
    buyerTaxId: v('TaxpayerIdentificationNumberUnifiedSocialCreditCodeOfPurchaser'),
    buyerName: v('NameOfPurchaser'),
  });
}
