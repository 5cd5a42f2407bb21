// The canonical forms of dates and amounts, apart from the zod model: the portal content script checks values
// against them and must not carry a schema library.

export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
/** Canonical amount: optional minus, integer part without leading zeros, exactly two decimals. */
export const AMOUNT_RE = /^-?(0|[1-9]\d*)\.\d{2}$/;
