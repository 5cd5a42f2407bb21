import type { Activity, ExpectedInvoice, PageSignal, QueryScope, Sighting, Taxpayer, Verification } from '../../invoice/model';
import { MAX_SCOPES, MAX_SIGNALS } from '../../store/history-limits';
import { mergeSighting } from '../../store/merge-sighting';
import type { FapiaoRecord, RecordData, RecordFile } from './record-schema';

/** The fields a person reads and types; origins and timestamps follow whichever values are kept. */
export const COMPARED_FIELDS = [
  'number', 'code', 'date', 'total', 'amount', 'tax', 'sellerTaxId', 'sellerName', 'buyerTaxId', 'buyerName',
  'typeCode', 'checkCode', 'qr', 'note',
] as const satisfies ReadonlyArray<keyof ExpectedInvoice>;
type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface FieldDifference {
  field: ComparedField;
  stored: string | undefined;
  incoming: string | undefined;
}

export interface InvoiceUpdate {
  /** What will be written. */
  invoice: ExpectedInvoice;
  /** updatedAt of the stored invoice the plan was made from; the write is refused if it changed since. */
  base: number;
  differences: FieldDifference[];
}

export interface InvoiceConflict {
  stored: ExpectedInvoice;
  incoming: ExpectedInvoice;
  base: number;
  differences: FieldDifference[];
}

/** What merging a record would change. Applying it twice changes nothing the second time. */
export interface MergePlan {
  added: ExpectedInvoice[];
  /** Stored invoices whose blanks the record fills; no value the user has is replaced. */
  updated: InvoiceUpdate[];
  /** Both hold a different value for the same field: the user decides per invoice; by default the stored one stays. */
  conflicts: InvoiceConflict[];
  unchanged: number;
  sightings: Sighting[];
  scopes: QueryScope[];
  signals: PageSignal[];
  verifications: Verification[];
  activity: Activity[];
  /** Originals to store: new ones whose bytes came with the file (a backup). */
  files: RecordFile[];
  /** New originals the file only names (a JSON record); nothing of them can be written. */
  filesWithoutBytes: RecordFile[];
  sheetMappings: RecordData['sheetMappings'];
  /** Notes newer than the stored ones (the later edit wins, as for 查验 results). */
  annotations: RecordData['annotations'];
  taxpayer: Taxpayer | null;
}

function differences(stored: ExpectedInvoice, incoming: ExpectedInvoice): FieldDifference[] {
  return COMPARED_FIELDS.filter((f) => stored[f] !== incoming[f]).map((field) => ({ field, stored: stored[field], incoming: incoming[field] }));
}

function fillBlanks(stored: ExpectedInvoice, incoming: ExpectedInvoice, diffs: readonly FieldDifference[], now: number): ExpectedInvoice {
  const filled: Record<string, unknown> = { ...stored, origins: { ...stored.origins }, updatedAt: now };
  for (const { field, incoming: value } of diffs) {
    filled[field] = value;
    const origin = incoming.origins[field];
    if (origin) (filled.origins as ExpectedInvoice['origins'])[field] = origin;
  }
  return filled as ExpectedInvoice;
}

function signalId(s: PageSignal): string {
  return `${s.kind}|${s.at}|${s.page}|${s.text}`;
}

/**
 * The incoming items the store will still hold after the merge: new ones (by `id`, each once) that rank among the
 * `keep` newest of both. An older one would be trimmed as soon as it was written, and offered again next time.
 */
function survivors<T extends { at: number }>(stored: readonly T[], incoming: readonly T[], id: (x: T) => string, keep: number): T[] {
  const seen = new Set(stored.map(id));
  const fresh = incoming.filter((x) => !seen.has(id(x)) && seen.add(id(x)));
  const all = [...stored, ...fresh];
  if (all.length <= keep) return fresh;
  const cutoff = all.map((x) => x.at).sort((a, b) => b - a)[keep - 1]!;
  return fresh.filter((x) => x.at > cutoff);
}

function planInvoices(current: RecordData, incoming: FapiaoRecord, now: number) {
  const stored = new Map(current.invoices.map((inv) => [inv.key, inv]));
  const plan = { added: [] as ExpectedInvoice[], updated: [] as InvoiceUpdate[], conflicts: [] as InvoiceConflict[], unchanged: 0 };
  for (const inv of incoming.invoices) {
    const mine = stored.get(inv.key);
    if (!mine) {
      plan.added.push(inv);
      continue;
    }
    const diffs = differences(mine, inv);
    if (diffs.every((d) => d.incoming === undefined)) plan.unchanged++;
    else if (diffs.every((d) => d.stored === undefined || d.incoming === undefined)) {
      const fills = diffs.filter((d) => d.incoming !== undefined);
      plan.updated.push({ invoice: fillBlanks(mine, inv, fills, now), base: mine.updatedAt, differences: fills });
    } else plan.conflicts.push({ stored: mine, incoming: inv, base: mine.updatedAt, differences: diffs });
  }
  return plan;
}

/**
 * Compares a record with what is stored. Nothing is lost: invoices are added or have blanks filled; portal evidence,
 * history and originals are added when new (queries and page messages only as far as the store keeps them, newest
 * first); a sighting merges field by field; of two 查验 results, taxpayers or column mappings the newer one wins.
 * `fileBytes` holds the sha256 of the originals whose bytes came with the file.
 */
export function planMerge(current: RecordData, incoming: FapiaoRecord, now: number, fileBytes: ReadonlySet<string>): MergePlan {
  const sightings = new Map(current.sightings.map((s) => [s.key, s]));
  const verifications = new Map(current.verifications.map((v) => [v.key, v]));
  const activityIds = new Set(current.activity.map((a) => a.id));
  const fileIds = new Set(current.files.map((f) => f.id));
  const mappings = new Map(current.sheetMappings.map((m) => [m.signature, m]));
  const notes = new Map(current.annotations.map((a) => [a.key, a]));
  const newFiles = incoming.files.filter((f) => !fileIds.has(f.id));
  const newerTaxpayer = incoming.taxpayer && (!current.taxpayer || incoming.taxpayer.at > current.taxpayer.at) ? incoming.taxpayer : null;
  return {
    ...planInvoices(current, incoming, now),
    sightings: incoming.sightings.flatMap((s) => {
      const mine = sightings.get(s.key);
      const merged = mergeSighting(mine, s);
      return mine && JSON.stringify(merged) === JSON.stringify(mine) ? [] : [merged];
    }),
    scopes: survivors(current.scopes, incoming.scopes, (s) => s.id, MAX_SCOPES),
    signals: survivors(current.signals, incoming.signals, signalId, MAX_SIGNALS),
    verifications: incoming.verifications.filter((v) => (verifications.get(v.key)?.at ?? -Infinity) < v.at),
    activity: incoming.activity.filter((a) => !activityIds.has(a.id)),
    files: newFiles.filter((f) => fileBytes.has(f.sha256)),
    filesWithoutBytes: newFiles.filter((f) => !fileBytes.has(f.sha256)),
    sheetMappings: incoming.sheetMappings.filter((m) => (mappings.get(m.signature)?.savedAt ?? -Infinity) < m.savedAt),
    annotations: incoming.annotations.filter((a) => (notes.get(a.key)?.updatedAt ?? -Infinity) < a.updatedAt),
    taxpayer: newerTaxpayer,
  };
}

/** True when applying the plan would write nothing. */
export function planIsEmpty(plan: MergePlan): boolean {
  return (
    !plan.added.length && !plan.updated.length && !plan.conflicts.length && !plan.sightings.length && !plan.scopes.length &&
    !plan.signals.length && !plan.verifications.length && !plan.activity.length && !plan.files.length &&
    !plan.sheetMappings.length && !plan.annotations.length && !plan.taxpayer
  );
}
