import { at, textOf, type XmlNode } from '../xml';
import { nonEmpty, type FieldValues } from './fields';

/** 数电 e-invoice XML (root `EInvoice`), as the platform and 乐企 issuers publish it. */
export function isShudianXml(doc: XmlNode): boolean {
  return at(doc, 'EInvoice') !== undefined;
}

/** GeneralOrSpecialVAT 01 专票 / 02 普票 of an electronic (EInvoiceType 01) invoice → portal FplxDm. */
function typeCode(header: XmlNode[string] | undefined): string | undefined {
  if (textOf(at(header, 'InherentLabel', 'EInvoiceType', 'LabelCode')) !== '01') return undefined;
  const vat = textOf(at(header, 'InherentLabel', 'GeneralOrSpecialVAT', 'LabelCode'));
  return vat === '01' ? '81' : vat === '02' ? '82' : undefined;
}

export function readShudianXml(doc: XmlNode): FieldValues {
  const root = at(doc, 'EInvoice');
  const header = at(root, 'Header');
  const data = at(root, 'EInvoiceData');
  const seller = at(data, 'SellerInformation');
  const buyer = at(data, 'BuyerInformation');
  const basic = at(data, 'BasicInformation');
  const supervision = at(root, 'TaxSupervisionInfo');
  // IssueTime is stamped by the tax bureau; 乐企 files without its signature carry only the request time.
  const date = textOf(at(supervision, 'IssueTime')) || textOf(at(basic, 'RequestTime')).slice(0, 10);
  return nonEmpty({
    number: textOf(at(supervision, 'InvoiceNumber')) || textOf(at(header, 'EIid')),
    date,
    total: textOf(at(basic, 'TotalTax-includedAmount')),
    amount: textOf(at(basic, 'TotalAmWithoutTax')),
    tax: textOf(at(basic, 'TotalTaxAm')),
    sellerTaxId: textOf(at(seller, 'SellerIdNum')),
    sellerName: textOf(at(seller, 'SellerName')),
    buyerTaxId: textOf(at(buyer, 'BuyerIdNum')),
    buyerName: textOf(at(buyer, 'BuyerName')),
    typeCode: typeCode(header),
  });
}
