import type { Problem } from '../invoice/model';
import type { ExtractStage } from '../extract/progress';
import type { ExtractOutcome, FileKind, InvoiceDraft, PortalExportResult, SheetMappingRequest } from '../extract/types';
import type { ReviewRow } from './review-types';
import { withDerivedTotal } from './row-input';

export type FileState = 'queued' | 'reading' | 'done' | 'failed' | 'cancelled';

export interface ImportFileState {
  id: number;
  name: string;
  size: number;
  state: FileState;
  kind: FileKind | null;
  stage: ExtractStage | null;
  fraction: number;
  problems: Problem[];
  /** Invoices (or, for a portal export, sightings) found. */
  found: number;
  ms: number | null;
}

export interface ImportState {
  files: ImportFileState[];
  rows: ReviewRow[];
  mappings: Array<{ fileId: number; request: SheetMappingRequest }>;
  exports: Array<{ fileId: number; fileName: string; result: PortalExportResult }>;
}

export const EMPTY_IMPORT: ImportState = { files: [], rows: [], mappings: [], exports: [] };

function draftRow(fileId: number, fileName: string, draft: InvoiceDraft, index: number): ReviewRow {
  const row: ReviewRow = { id: `${fileId}:${index}`, fileId, fileName, fields: { ...draft.fields }, accepted: true, mergeIntoStored: false };
  if (draft.where !== undefined) row.where = draft.where;
  return withDerivedTotal(row);
}

export function filesQueued(state: ImportState, files: Array<{ id: number; name: string; size: number }>): ImportState {
  const queued = files.map((f): ImportFileState => ({ ...f, state: 'queued', kind: null, stage: null, fraction: 0, problems: [], found: 0, ms: null }));
  return { ...state, files: [...state.files, ...queued] };
}

/** Files the import refused before reading them: listed as failed, with why. */
export function filesRefused(state: ImportState, files: Array<{ id: number; name: string; size: number; problem: Problem }>): ImportState {
  const refused = files.map(({ problem, ...f }): ImportFileState => ({ ...f, state: 'failed', kind: null, stage: null, fraction: 0, problems: [problem], found: 0, ms: null }));
  return { ...state, files: [...state.files, ...refused] };
}

export function fileProgress(state: ImportState, id: number, stage: ExtractStage, fraction: number): ImportState {
  return { ...state, files: state.files.map((f) => (f.id === id ? { ...f, state: 'reading', stage, fraction } : f)) };
}

/** A file's outcome: its rows join the review, a sheet asking for a column mapping waits for one, an export shows its scope. */
export function fileDone(state: ImportState, id: number, outcome: ExtractOutcome, ms: number): ImportState {
  const file = state.files.find((f) => f.id === id);
  if (!file || file.state === 'cancelled') return state;
  const rows = outcome.drafts.map((d, i) => draftRow(id, file.name, d, i));
  const failed = rows.length === 0 && !outcome.mapping && !outcome.portalExport;
  const found = outcome.portalExport ? outcome.portalExport.scope.rows : rows.length;
  const files = state.files.map((f): ImportFileState =>
    f.id === id ? { ...f, state: failed ? 'failed' : 'done', kind: outcome.kind, stage: null, fraction: 1, problems: outcome.problems, found, ms } : f,
  );
  return {
    files,
    // A file read again (after its columns were mapped) replaces its earlier rows.
    rows: [...state.rows.filter((r) => r.fileId !== id), ...rows],
    mappings: [...state.mappings.filter((m) => m.fileId !== id), ...(outcome.mapping ? [{ fileId: id, request: outcome.mapping }] : [])],
    exports: [...state.exports.filter((e) => e.fileId !== id), ...(outcome.portalExport ? [{ fileId: id, fileName: file.name, result: outcome.portalExport }] : [])],
  };
}

/** What a file shows early: its rows appear, marked pending, and its final outcome will replace them. */
export function filePartial(state: ImportState, id: number, outcome: ExtractOutcome): ImportState {
  const file = state.files.find((f) => f.id === id);
  if (!file || file.state === 'cancelled' || file.state === 'done') return state;
  const rows = outcome.drafts.map((d, i) => ({ ...draftRow(id, file.name, d, i), pending: true }));
  return { ...state, rows: [...state.rows.filter((r) => r.fileId !== id), ...rows] };
}

export function filesCancelled(state: ImportState): ImportState {
  const stopped = new Set(state.files.filter((f) => f.state === 'queued' || f.state === 'reading').map((f) => f.id));
  return {
    ...state,
    files: state.files.map((f) => (stopped.has(f.id) ? { ...f, state: 'cancelled', stage: null } : f)),
    // What a stopped file showed early is kept for review: its QR fields are exact.
    rows: state.rows.map((r) => (stopped.has(r.fileId) && r.pending ? { ...r, pending: false } : r)),
  };
}

/** A file sent back to the worker with its column mapping. */
export function fileRequeued(state: ImportState, id: number): ImportState {
  return {
    ...state,
    files: state.files.map((f) => (f.id === id ? { ...f, state: 'queued', stage: null, fraction: 0, problems: [] } : f)),
    mappings: state.mappings.filter((m) => m.fileId !== id),
  };
}

export function updateRow(state: ImportState, id: string, change: (row: ReviewRow) => ReviewRow): ImportState {
  return { ...state, rows: state.rows.map((r) => (r.id === id ? change(r) : r)) };
}

export function replaceRows(state: ImportState, keep: ReviewRow, drop: string): ImportState {
  return { ...state, rows: state.rows.filter((r) => r.id !== drop).map((r) => (r.id === keep.id ? keep : r)) };
}

export function exportEdited(state: ImportState, fileId: number, change: (r: PortalExportResult) => PortalExportResult): ImportState {
  return { ...state, exports: state.exports.map((e) => (e.fileId === fileId ? { ...e, result: change(e.result) } : e)) };
}

export function overallProgress(state: ImportState): { done: number; total: number } {
  const settled = state.files.filter((f) => f.state === 'done' || f.state === 'failed' || f.state === 'cancelled').length;
  return { done: settled, total: state.files.length };
}
