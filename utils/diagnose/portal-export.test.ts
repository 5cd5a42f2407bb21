import { describe, expect, it } from 'vitest';
import { aScope, T0 } from '../reconcile/test-fixtures';
import { queryPageUrl } from './context';
import { diagnose } from './diagnose';
import { aContext } from './test-context';

/** What importing the portal's 导出全部 workbook records: every row of the query, read at once, from no portal page. */
const exported = aScope({ id: 'export:abc', call: 'export', host: '', page: 'import:全量发票查询导出结果.xlsx', pageSize: 120, total: 120, rows: 120, at: T0 - 60_000 });

describe('an imported portal export as the query it covered', () => {
  it('counts as every page read, where the on-screen query left pages unread', () => {
    const unread = aScope({ total: 120, rows: 20, pageSize: 20 });
    const before = diagnose(aContext({ scopes: [unread] })).find((f) => f.id === 'pages-unread');
    expect(before?.verdict).toBe('cause');
    const after = diagnose(aContext({ scopes: [unread, exported] })).find((f) => f.id === 'pages-unread');
    expect(after?.verdict).toBe('ok');
  });

  it('sends the user to the portal page they queried, not to the export’s empty host', () => {
    const portal = aScope({ host: 'dppt.shanghai.chinatax.gov.cn', total: 120, rows: 20, pageSize: 20 });
    expect(queryPageUrl(aContext({ scopes: [portal, { ...exported, at: T0 }] }))).toBe('https://dppt.shanghai.chinatax.gov.cn:8443/invoice-query/invoice-query');
    expect(queryPageUrl(aContext({ scopes: [exported] }))).toBe('https://dppt.beijing.chinatax.gov.cn:8443/invoice-query/invoice-query');
  });
});
