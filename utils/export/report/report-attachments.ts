import type { AttachmentInput, ReportAttachment } from './report-types';

const HASH_SHOWN = 12;

/** `980 B`, `12.3 KB`, `4.5 MB`: what a file manager shows, so the user can match the file. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function reportAttachments(files: readonly AttachmentInput[]): ReportAttachment[] {
  return files.map((f) => ({
    name: f.name,
    type: f.type,
    size: formatSize(f.size),
    sha256: f.sha256.slice(0, HASH_SHOWN),
    addedAt: f.addedAt,
  }));
}
