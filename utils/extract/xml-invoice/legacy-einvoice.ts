import { at, textOf, type XmlNode } from '../xml';
import { nonEmpty, type FieldValues } from './fields';

/** The 税控 e-invoice XML (`eInvoice`, namespace e-invoice/2019) that legacy OFD files attach as original_invoice.xml. */
export function isLegacyEInvoice(doc: XmlNode): boolean {
  return at(doc, 'eInvoice', 'InvoiceNo') !== undefined;
}

export function readLegacyEInvoice(doc: XmlNode): FieldValues {
  const root = at(doc, 'eInvoice');
  const buyer = at(root, 'Buyer');
  const seller = at(root, 'Seller');
  return nonEmpty({
    code: textOf(at(root, 'InvoiceCode')),
    number: textOf(at(root, 'InvoiceNo')),
    date: textOf(at(root, 'IssueDate')),
    total: textOf(at(root, 'TaxInclusiveTotalAmount')),
    amount: textOf(at(root, 'TaxExclusiveTotalAmount')),
    tax: textOf(at(root, 'TaxTotalAmount')),
    checkCode: textOf(at(root, 'InvoiceCheckCode')).replace(/\s/g, ''),
    sellerTaxId: textOf(at(seller, 'SellerTaxID')),
    sellerName: textOf(at(seller, 'SellerName')),
    buyerTaxId: textOf(at(buyer, 'BuyerTaxID')),
    buyerName: textOf(at(buyer, 'BuyerName')),
    qr: textOf(at(root, 'GraphCode')),
  });
}
