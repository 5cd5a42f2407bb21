import type { XmlNode } from '../xml';
import type { FieldValues } from './fields';
import { isLegacyEInvoice, readLegacyEInvoice } from './legacy-einvoice';
import { isShudianXml, readShudianXml } from './shudian-xml';
import { isInvoiceXbrl, readInvoiceXbrl } from './xbrl';

const READERS: ReadonlyArray<{ matches: (doc: XmlNode) => boolean; read: (doc: XmlNode) => FieldValues }> = [
  { matches: isShudianXml, read: readShudianXml },
  { matches: isLegacyEInvoice, read: readLegacyEInvoice },
  { matches: isInvoiceXbrl, read: readInvoiceXbrl },
];

/** Fields of any known invoice XML, or null when the document is none of them. */
export function readInvoiceXml(doc: XmlNode): FieldValues | null {
  const reader = READERS.find((r) => r.matches(doc));
  return reader ? reader.read(doc) : null;
}
