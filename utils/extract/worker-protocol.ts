import type { AssetUrls } from './bundled-assets';
import type { ColumnMapping } from './sheet/header-map';
import type { ExtractStage } from './progress';
import type { ExtractOutcome } from './types';

/** What a job needs besides its bytes. */
export interface JobContext {
  taxpayerId: string | null;
  /** Column mappings chosen before, by header signature. */
  mappings: Record<string, ColumnMapping>;
  /** The file's last-modified time: for a portal export, when its query ran. */
  modifiedAt: number;
}

/** Messages from the dashboard to the import worker. */
export type ToWorker =
  | { type: 'init'; assets: AssetUrls }
  | { type: 'file'; id: number; name: string; bytes: ArrayBuffer; context: JobContext }
  | { type: 'paste'; id: number; text: string; context: JobContext };

/** Messages from the import worker to the dashboard. */
export type FromWorker =
  | { type: 'progress'; id: number; stage: ExtractStage; fraction: number }
  /** What the file shows early (its QR code's fields); `done` replaces it. */
  | { type: 'partial'; id: number; outcome: ExtractOutcome }
  | { type: 'done'; id: number; outcome: ExtractOutcome; ms: number };

const FROM_WORKER_TYPES: ReadonlySet<string> = new Set<FromWorker['type']>(['progress', 'partial', 'done']);

/** pdf.js, run inside the import worker, posts messages of its own through the same global: only ours count. */
export function isFromWorker(data: unknown): data is FromWorker {
  const m = data as { type?: unknown; id?: unknown } | null;
  return typeof m === 'object' && m !== null && typeof m.type === 'string' && FROM_WORKER_TYPES.has(m.type) && typeof m.id === 'number';
}
