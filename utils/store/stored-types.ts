/** The original file an invoice was imported from. */
export interface OriginalFile {
  /** `${invoiceKey}/${sha256}`: the same file kept twice for one invoice is one record. */
  id: string;
  invoiceKey: string;
  name: string;
  /** MIME type as the browser reported it. */
  type: string;
  size: number;
  sha256: string;
  addedAt: number;
  blob: Blob;
}

/** A column mapping the user chose, remembered for the next sheet with the same headers. */
export interface SheetMapping {
  signature: string;
  headers: string[];
  /** Column index per invoice field. */
  columns: Record<string, number>;
  savedAt: number;
}
