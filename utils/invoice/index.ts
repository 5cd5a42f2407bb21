export * from './model';
export { toHalfWidth, normaliseDigits, normaliseTaxId, normaliseDate, normaliseAmount, isCalendarDate } from './normalise';
export { toFen, fromFen, addAmounts, subtractAmounts, compareAmounts, amountsEqual } from './money';
export {
  invoiceKey,
  parseKey,
  checkShudianNumber,
  checkLegacyCode,
  checkLegacyNumber,
  classifyNumberInput,
  type NumberSuggestion,
  type NumberClassification,
} from './numbers';
export { provinceName } from './provinces';
export { checkTaxId, usccCheckChar, orgCodeCheckChar } from './tax-id';
export { crc16Buypass, parseQrPayload, qrTypeToPortalType, type QrData, type QrParseResult } from './qr';
export { checkInvoiceRecord } from './check-record';
export { parseExpectedInput, ExpectedInput, type ParseExpectedResult } from './parse-input';
export { WARNING_CODES, isWarning } from './severity';
