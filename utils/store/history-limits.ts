/** How much portal history to keep: enough for every check, bounded so the database never grows without end. */
export const MAX_SCOPES = 1000;
export const MAX_SIGNALS = 500;
/**
 * Sightings kept: three years of a busy register (100,000 invoices seen a year). Past it the longest-unseen go first,
 * never one of an expected invoice.
 */
export const MAX_SIGHTINGS = 300_000;
/** Ids of stored portal answers remembered, so one delivered twice (a retry after a worker stopped) lands once. */
export const MAX_ANSWER_IDS = 5_000;
