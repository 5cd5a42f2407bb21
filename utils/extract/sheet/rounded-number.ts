/** Excel keeps 15 significant digits: from here on a number typed into a cell may already have lost digits. */
export const ROUNDED_FROM = 1e15;

const EXPONENT_FORM = /^[+-]?\d(?:\.\d+)?E\+?\d+$/i;

/**
 * A value in the exponent form Excel shows a long number in (2.4112E+19): in an xlsx cell or in a CSV that Excel
 * saved, a 20-digit invoice number or 18-digit tax ID that was stored as a number. Its last digits are gone.
 */
export function isRoundedNumber(text: string): boolean {
  return EXPONENT_FORM.test(text.trim());
}
