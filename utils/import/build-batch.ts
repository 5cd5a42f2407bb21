import type { Activity, ExpectedInvoice } from '../invoice/model';
import { newActivity } from '../store/activity';
import { LIMITS } from '../extract/limits';
import type { FileKind } from '../extract/types';
import type { ImportBatch } from '../store/import-batch';
import { originalFileId } from '../store/original-file-id';
import type { Observation } from '../store/repository';
import type { OriginalFile, SheetMapping } from '../store/stored-types';
import { mergeIntoStored } from './merge-stored';
import type { ReviewRow, RowCheck } from './review-types';

export interface ImportedFile {
  name: string;
  type: string;
  blob: Blob;
  kind: FileKind | null;
}

export interface BatchInput {
  rows: readonly ReviewRow[];
  checks: ReadonlyMap<string, RowCheck>;
  files: ReadonlyMap<number, ImportedFile>;
  keepOriginals: boolean;
  mappings: SheetMapping[];
  observations: Observation[];
  now: number;
}

/** Invoice files are worth keeping; a sheet of a hundred invoices is not an original of any one of them. */
const KEPT_KINDS: ReadonlySet<FileKind> = new Set(['ofd', 'xml', 'pdf', 'image']);

async function sha256(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** What a save writes: accepted new invoices, merges into stored ones, the originals and the remembered mappings. */
export async function buildBatch(input: BatchInput): Promise<ImportBatch> {
  const add: ExpectedInvoice[] = [];
  const update: ImportBatch['update'] = [];
  const keep: Array<{ key: string; fileId: number }> = [];
  const activity: Activity[] = [];
  const noteSource = (key: string, fileId: number) => activity.push(newActivity(key, 'imported', input.now, input.files.get(fileId)?.name));
  for (const row of input.rows) {
    const check = input.checks.get(row.id);
    if (!check || row.pending) continue;
    if ((check.state === 'ready' || check.state === 'check') && row.accepted && check.invoice) {
      add.push({ ...check.invoice, addedAt: input.now, updatedAt: input.now });
      keep.push({ key: check.invoice.key, fileId: row.fileId });
      noteSource(check.invoice.key, row.fileId);
    } else if (check.state === 'stored' && row.mergeIntoStored && check.stored) {
      const merged = mergeIntoStored(check.stored, row, input.now).invoice;
      if (merged) {
        update.push({ invoice: merged, base: check.stored.updatedAt });
        noteSource(check.stored.key, row.fileId);
      }
      keep.push({ key: check.stored.key, fileId: row.fileId });
    }
  }
  const files: OriginalFile[] = [];
  if (input.keepOriginals) {
    const hashes = new Map<number, string>();
    for (const { key, fileId } of keep) {
      const file = input.files.get(fileId);
      if (!file || !file.kind || !KEPT_KINDS.has(file.kind) || file.blob.size > LIMITS.keptOriginalBytes) continue;
      const hash = hashes.get(fileId) ?? (await sha256(file.blob));
      hashes.set(fileId, hash);
      files.push({ id: originalFileId(key, hash), invoiceKey: key, name: file.name, type: file.type, size: file.blob.size, sha256: hash, addedAt: input.now, blob: file.blob });
    }
  }
  return { add, update, files, mappings: input.mappings, observations: input.observations, activity };
}
