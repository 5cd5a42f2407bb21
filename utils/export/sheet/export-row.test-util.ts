import type { Finding } from '../../diagnose/types';
import type { ExpectedInvoice } from '../../invoice/model';
import type { ExportRow } from './export-row';

/** 2026-11-20 10:00 China time. */
export const ADDED_AT = Date.UTC(2026, 10, 20, 2, 0);

export function anInvoice(overrides: Partial<ExpectedInvoice> = {}): ExpectedInvoice {
  return {
    key: '24112000000000000001',
    kind: 'shudian',
    number: '24112000000000000001',
    date: '2026-11-20',
    total: '1130.00',
    amount: '1000.00',
    tax: '130.00',
    sellerName: '上海示例贸易有限公司',
    sellerTaxId: '91310000MA1K000001',
    buyerName: '北京示例科技有限公司',
    buyerTaxId: '91110000MA01000002',
    typeCode: '82',
    origins: { number: { source: 'qr', confidence: 1 } },
    addedAt: ADDED_AT,
    updatedAt: ADDED_AT,
    ...overrides,
  };
}

export function aFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    id: 'date-range',
    verdict: 'cause',
    title: { zh: '查询日期范围', en: 'Query date range' },
    evidence: { zh: '查询只覆盖 2026-10-01 至 2026-10-31。', en: 'The query covered 2026-10-01 to 2026-10-31.' },
    next: { text: { zh: '把开票日期改为 2026-11-01 至 2026-11-30 再查。', en: 'Query November.' } },
    ...overrides,
  };
}

/** A missing invoice whose headline is a date-range finding, with one ruled-out finding after it. */
export function aRow(overrides: Partial<ExportRow> = {}, invoice: Partial<ExpectedInvoice> = {}): ExportRow {
  const headline = aFinding();
  const ruledOut = aFinding({ id: 'direction', verdict: 'ok', title: { zh: '开具/取得方向', en: 'Direction' }, next: undefined });
  return {
    invoice: anInvoice(invoice),
    status: 'missing',
    headline,
    findings: [headline, ruledOut],
    verification: '一致 2026-11-20 10:00',
    ...overrides,
  };
}
