export { callKind, type CallKind } from './call-kind';
export {
  CHANNEL_OFFER_EVENT,
  DEDUCTION_LIST_PATH,
  INVOICE_LIST_PATH,
  isWatchedUrl,
  MAX_REQUEST_BODY_CHARS,
  MAX_RESPONSE_CHARS,
  TAXPAYER_PATH,
  WATCHED_PATHS,
  watchedPath,
} from './hook-constants';
export { openHookChannel, type ChannelRefusal, type HookChannel } from './hook-channel';
export { parseHookMessage, type HookMessage } from './hook-message';
export { readInvoiceListAnswer, type InvoiceListInput, type InvoiceListResult } from './invoice-list-answer';
export { MAX_ROWS } from './limits';
export { boundObservation, type Observation } from './observation-bounds';
export { countsForPortal, detectPageKind, isPortalHost, provinceFromHost, type PageKind } from './page-kind';
export { detectPageSignals, signalFromAnswerError, signalFromLocation } from './page-signals';
export { readQueryForm } from './query-form';
export { readQueryRequest, type ParsedQuery } from './query-request';
export { readResultTable, type TableContext, type TableResult } from './result-table';
export { tableScope } from './table-scope';
export { readTaxpayerAnswer, readTaxpayerFromHeader } from './taxpayer-answer';
