/**
 * What one record may hold. Generous next to what the store keeps (scopes and signals are trimmed to 1,000 and
 * 500), tight enough that a hostile file is refused before it is written.
 */
export const RECORD_LIMITS = {
  /** Bytes of a record file read at all: one JSON string, well below V8's longest string (2^29 - 24 units). */
  bytes: 256 * 1024 * 1024,
  invoices: 200_000,
  sightings: 2_000_000,
  scopes: 10_000,
  signals: 10_000,
  activity: 2_000_000,
  files: 200_000,
  sheetMappings: 1_000,
} as const;
