/** How much portal history to keep: enough for every check, bounded so the database never grows without end. */
export const MAX_SCOPES = 1000;
export const MAX_SIGNALS = 500;
