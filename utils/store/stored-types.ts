import type { Annotation } from '../invoice/annotation';
import type { Activity, ExpectedInvoice, Taxpayer, Verification } from '../invoice/model';
import type { PopupView } from '../report/popup-view';
import type { StatusCounts, StatusRow } from '../status/types';

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

/** One invoice's status as last computed, indexed by rank so the rows needing attention are read alone. */
export interface StoredStatus {
  key: string;
  /** STATUS_RANK of the row's status. */
  rank: number;
  row: StatusRow;
}

/** What the stored status rows were computed from, and until when they hold without new evidence. */
export interface StatusMeta {
  computedAt: number;
  /** The first time a row's headline may change by the clock alone (a recheck time, the next China day). */
  validUntil: number;
  counts: StatusCounts;
  lastQueryAt: number | null;
  taxpayer: Taxpayer | null;
  /** The popup as it opens (its first POPUP_STORED_ROWS rows), kept so a woken background answers with one read. */
  popup: PopupView | null;
}

/** A removed invoice with everything that went with it, kept a while so the removal can be undone. */
export interface TrashEntry {
  key: string;
  removedAt: number;
  invoice: ExpectedInvoice;
  verification: Verification | null;
  annotation: Annotation | null;
  activity: Activity[];
  files: OriginalFile[];
}
