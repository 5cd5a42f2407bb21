import { toHalfWidth } from '../../invoice/normalise';
import { typeCodeFromText } from '../../portal/portal-codes';

/** Invoice titles after any province or city prefix (北京增值税电子普通发票 → 增值税电子普通发票). */
const TITLE = /电子发票\((?:增值税专用发票|普通发票)\)|增值税电子专用发票|增值税电子普通发票|增值税专用发票|增值税普通发票|机动车销售统一发票|二手车销售统一发票/;

/** Portal FplxDm of the invoice whose title appears in `text`, or null. */
export function typeCodeFromTitle(text: string): string | null {
  const m = TITLE.exec(toHalfWidth(text).replace(/\s/g, ''));
  return m ? typeCodeFromText(m[0]) : null;
}

/** Kinds of invoice this product does not track: their own title says so. */
export function unsupportedTitle(text: string): string | null {
  return /机动车销售统一发票|二手车销售统一发票/.exec(toHalfWidth(text).replace(/\s/g, ''))?.[0] ?? null;
}
