/** More rows than any portal page size; beyond this an answer or table is not what it claims to be. */
export const MAX_ROWS = 1000;
