import type { Finding, Text } from '../../diagnose/types';
import type { Activity, ExpectedInvoice, QueryScope, Taxpayer, Verification } from '../../invoice/model';
import type { Visibility } from '../../reconcile/reconcile';

/** An original file kept with the invoice, as the store describes it. */
export interface AttachmentInput {
  name: string;
  type: string;
  size: number;
  sha256: string;
  addedAt: number;
}

export interface ReportInput {
  invoice: ExpectedInvoice;
  status: Visibility;
  /** The full diagnosis, in diagnose's order. */
  findings: Finding[];
  /** Every stored query; the report keeps those relevant to this invoice. */
  scopes: QueryScope[];
  verification: Verification | null;
  /** This invoice's history. */
  activity: Activity[];
  attachments: AttachmentInput[];
  taxpayer: Taxpayer | null;
  now: number;
}

export interface Party {
  name: string | null;
  taxId: string | null;
}

export interface ReportFact {
  label: Text;
  value: Text;
}

/** One query (all its pages) that could have listed the invoice. */
export interface ReportQuery {
  /** When its first page was read: the query is only as recent as that. */
  at: number;
  /** The portal page or file it came from. */
  where: Text;
  /** Direction and date range, as typed on the portal. */
  what: Text;
  /** Rows read against the total the portal reported. */
  rows: Text;
  /** Page numbers read. */
  pages: Text;
}

export interface ReportStep {
  at: number;
  text: Text;
}

export interface ReportVerification {
  /** When the result was recorded; null when there is none for this invoice. */
  at: number | null;
  text: Text;
  url: string;
}

export interface ReportAttachment {
  name: string;
  type: string;
  /** `12.3 KB` */
  size: string;
  /** First 12 hex characters: enough to tell files apart by eye. */
  sha256: string;
  addedAt: number;
}

export interface ReportFindings {
  causes: Finding[];
  unknowns: Finding[];
  ruledOut: Finding[];
}

/** Everything the report page and its two texts show, already decided; rendering only picks the language. */
export interface ProblemReport {
  key: string;
  createdAt: number;
  status: Visibility;
  invoice: ExpectedInvoice;
  /** As recorded, else the logged-in taxpayer (whose invoice it is when it was received). */
  buyer: Party;
  seller: Party;
  /** The logged-in taxpayer: as last read, else as recorded with the latest query. */
  taxpayer: { taxId: string; name: string | null } | null;
  facts: ReportFact[];
  /** Latest first. */
  queries: ReportQuery[];
  findings: ReportFindings;
  /** Oldest first. */
  steps: ReportStep[];
  verification: ReportVerification;
  attachments: ReportAttachment[];
}
