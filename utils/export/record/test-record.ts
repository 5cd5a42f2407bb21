import { aLegacy, anExpected, aScope, aSighting, NUMBER, T0 } from '../../reconcile/test-fixtures';
import type { RecordData } from './record-schema';

/** A small register with one of everything a record holds. */
export function sampleData(): RecordData {
  const legacy = aLegacy('011002300111', '00012345', { total: '-12.00', note: '=HYPERLINK("http://x","y")' });
  return {
    taxpayer: { taxId: '91110000MA01ABCD52', name: '北京示例科技有限公司', at: T0 },
    invoices: [anExpected({ sellerName: '北京晨光文具有限公司', origins: { number: { source: 'qr', confidence: 1 } } }), legacy],
    sightings: [aSighting(), aSighting({ key: '24112000000123456780', number: '24112000000123456780' })],
    scopes: [aScope()],
    signals: [{ kind: 'session-expired', at: T0 + 5, text: '登录已失效', page: '/invoice-query/invoice-query' }],
    verifications: [{ key: NUMBER, outcome: 'match', at: T0 + 9 }],
    activity: [
      { id: 'a1', key: NUMBER, at: T0, kind: 'imported', detail: '发票.pdf' },
      { id: 'a2', key: legacy.key, at: T0 + 1, kind: 'added' },
    ],
    files: [{ id: `${NUMBER}/${'ab'.repeat(32)}`, invoiceKey: NUMBER, name: '发票.pdf', type: 'application/pdf', size: 3, sha256: 'ab'.repeat(32), addedAt: T0 }],
    sheetMappings: [{ signature: 's', headers: ['票号'], columns: { number: 0 }, savedAt: T0 }],
    annotations: [{ key: NUMBER, note: '已催销方', userStatus: 'pending', ticket: { number: 'GD2026001', followUp: '2026-12-08' }, updatedAt: T0 }],
  };
}

export const HEADER = { exportedAt: '2026-12-01T09:30:00+08:00', app: { name: 'fapiao-watch', version: '0.1.0' }, selection: 'all' } as const;
