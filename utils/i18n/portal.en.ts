import type { PortalKey } from './portal.zh-CN';

/** The English of the content scripts' texts (see portal.zh-CN.ts). */
export const EN_PORTAL = {
  'overlay.brand': 'fapiao-watch',
  'overlay.notInResult': '{n} expected invoices are not in this result',
  'overlay.allIn': 'Every expected invoice is in this result',
  'overlay.explain': 'Why',
  'overlay.hide': 'Hide',
  'overlay.unread': 'The query has {total} rows and {read} were read: go through every page, or show the most rows per page.',
  'overlay.expected': 'Expected invoice',
  'overlay.noReason': 'No cause yet: ask "Why is this missing?" in the extension popup',
  'verifyAssist.title': 'fapiao-watch · verification',
  'verifyAssist.fill': 'Fill in this invoice',
  'verifyAssist.captcha': 'Type the captcha yourself and press 查验; the result is recorded for you.',
  'verifyAssist.missing': 'The amount or check code the last box needs is not on record; type it in.',
  'verifyAssist.captchaError': 'The captcha was wrong, so nothing was recorded; type it again and verify.',
  'verifyAssist.recordFailed': 'The result could not be saved; pick it by hand in the extension popup.',
  'verifyAssist.recorded': 'Recorded the verification of {key}: {outcome}',
} as const satisfies Record<PortalKey, string>;
